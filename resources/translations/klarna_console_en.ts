<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n selected order(s)</source>
        <translation>
            <numerusform>%n selected order</numerusform>
            <numerusform>%n selected orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full…</source>
        <translation>
            <numerusform>Capture %n selected order in full…</numerusform>
            <numerusform>Capture %n selected orders in full…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend authorization of %n selected order(s)…</source>
        <translation>
            <numerusform>Extend authorization of %n selected order…</numerusform>
            <numerusform>Extend authorization of %n selected orders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected order(s)…</source>
        <translation>
            <numerusform>&amp;Export %n selected order…</numerusform>
            <numerusform>&amp;Export %n selected orders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n order(s)…</source>
        <translation>
            <numerusform>&amp;Export %n order…</numerusform>
            <numerusform>&amp;Export %n orders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · {selected} selected</source>
        <translation>
            <numerusform>%Ln order · {selected} selected</numerusform>
            <numerusform>%Ln orders · {selected} selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Authorizations that expire within %n day(s): capture or extend them</source>
        <translation>
            <numerusform>Authorizations that expire within %n day: capture or extend them</numerusform>
            <numerusform>Authorizations that expire within %n days: capture or extend them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</source>
        <translation>
            <numerusform>Captures older than %n day (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</numerusform>
            <numerusform>Captures older than %n days (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s)</source>
        <translation>
            <numerusform>%Ln payout</numerusform>
            <numerusform>%Ln payouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) · paid out {amount}</source>
        <translation>
            <numerusform>%Ln payout · paid out {amount}</numerusform>
            <numerusform>%Ln payouts · paid out {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days</source>
        <translation>
            <numerusform>Payouts synced: %Ln in the last {days} days</numerusform>
            <numerusform>Payouts synced: %Ln in the last {days} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days, {found} new orders found</source>
        <translation>
            <numerusform>Payouts synced: %Ln in the last {days} days, {found} new orders found</numerusform>
            <numerusform>Payouts synced: %Ln in the last {days} days, {found} new orders found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln payout to {path}.</numerusform>
            <numerusform>Exported %Ln payouts to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</source>
        <translation>
            <numerusform>%n action started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</numerusform>
            <numerusform>%n actions started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
