<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Actions</name>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release remaining authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend authorization time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update merchant references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shipping info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shipping info to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend customer communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} by {days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <source>{action} succeeded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstPaint</name>
    <message>
        <source>Could not open the local data of {profile}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>{action} of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agent}, at {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied (closed by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet · next try {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet · check with Klarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease remaining authorization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend authorization time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update order &amp;amount and lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shipping &amp;address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;shipping info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shipping info to capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend &amp;due date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend customer &amp;communication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna Order Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment of the active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More order actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import order IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset sandbox demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture selected orders in full…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend authorization of selected orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync payouts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Klarna Order Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Klarna Order Console is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the search box, the results and the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous or next order in the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+↑ ↓, Shift+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a range of orders (for Bulk and Export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click, Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an order to the selection; select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order and move to its tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna Order Console — {profile} ({environment})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Copy correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}  (correlation id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{context}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna&apos;s status of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out by the console from the order&apos;s refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the order from Klarna again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from Klarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to capture, so the authorization&apos;s expiry no longer matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {expiry}: capture or extend soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{expiry}: expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTabs</name>
    <message>
        <source>physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna does not let merchants change it (risk assessment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be changed while the order is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National id: •••• {last_digits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: {country} · Locale: {locale}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Search for an order on the left, or paste an order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by another window ({window})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been captured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipping information yet: add carriers and tracking numbers with Order → Add shipping info, or when capturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected shipping option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been done to this order from this console yet.

Every capture, refund and change sent from here is listed, with Klarna&apos;s answer and correlation id. Klarna&apos;s API keeps no history of its own; its Merchant Portal keeps about a week of API logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture {capture}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick-up at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutColumns</name>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fee}: {amount} + VAT {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that paid this capture (payment reference as on the bank statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no synced payout yet (Payouts → Sync payouts now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that deducted this refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no synced payout yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutsController</name>
    <message>
        <source>Could not sync Klarna&apos;s payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: payouts {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: new orders {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} is Klarna&apos;s payout of {date}: {amount} paid out. Its orders are listed; Payouts → Payouts… shows its sales, returns and fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Klarna&apos;s {format} report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the {format} report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Klarna&apos;s report of payout {reference} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the payouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutsView</name>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Klarna&apos;s payouts since the From date (at least the last 90 days) and fetch the orders they name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees + VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New debt: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts synced for these dates.

Sync now reads them from Klarna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the listed payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture / refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions of the selected payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payout to see its sales, returns and fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Klarna &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Klarna &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna&apos;s own {format} report of the selected payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listed payouts and their totals as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading payouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout transactions {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; Sync resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n selected order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend authorization of %n selected order(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected order(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n order(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · {selected} selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Authorizations that expire within %n day(s): capture or extend them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) · paid out {amount}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days, {found} new orders found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Capture not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining authorization cannot be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization time cannot be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order authorization cannot be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details cannot be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant references cannot be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping info cannot be added to the capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send out cannot be triggered for the capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date cannot be extended for the capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (got {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order is expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order is pending fraud review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order was rejected in fraud review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order is fully captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order is fully refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order has no captures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order has previous captures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order has no remaining authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured amount {amount} is higher than the remaining authorized amount {remaining}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded amount {amount} is higher than the captured amount not yet refunded {refundable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resulting authorization amount {amount} cannot be less than the captured amount {captured}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order amount cannot be increased for {method} orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order amount cannot be increased for this payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization time of {method} orders in {country} cannot be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order has reached the maximum authorization time of {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address cannot be updated due to risk assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture {capture_id} could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of due date is not possible for this payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture is fully refunded. Extension of due date is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return fees are not available for orders from {country} (only {countries}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return fees are not available for orders from this country (only {countries}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return fees are possible only on orders captured in a single capture (this order has {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is read-only: it can look at orders but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request contains a password or API secret of a profile; it was not sent. Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as text, e.g. 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} has no decimals; {text} has {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} has 1 decimal; {text} has {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} has {decimals} decimals; {text} has {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} has more than one decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not grouped in thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} is not {currency}: type the amount in {currency}, the order&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read from Klarna after its last write ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry {entry} cannot be sent again as it stands ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier {action} (journal entry {entry}) never got an answer and its key is over 23 hours old: open the order and use Check with Klarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done before ({when} UTC, journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier {action} on this order (journal entry {entry}) has no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same {action} was made minutes ago (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, but its outcome could not be journaled: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the journal could not be written: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be recorded, so the action stays open and is resumed with its original idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orders fetched from Klarna were not saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s backup of the journal was not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orders and journal of this profile cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local data could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: the file was there before and is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing, but its -wal file (the newest part of it) is still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (0 bytes): the file was there before, with data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is zeroed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is not a SQLite header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed SQLite&apos;s check: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({amounts} in minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}) {action} on order {order}{amount}, started {started} UTC, idempotency key {key}, state {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was left of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store {path} {problem}. It was moved aside whole ({files}) to {kept_in}; nothing was deleted, and a new, empty store was started for this profile. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the moved files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of {when}, {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the moved files and the backup of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {more} more, listed in {readme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read from {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It held {count} write(s) to Klarna whose outcome was never recorded{read_from}. They are kept open in the new journal with their own keys: nothing new is sent for those orders until each is settled; each is sent again with its own key (Klarna applies it at most once) while the key is under 23 hours old, and older ones wait for Check with Klarna in the order&apos;s action: {writes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Part of its journal could not be read, so there may be more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It held no unfinished writes (read from {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its journal could not be read, so writes it left unfinished are unknown: check this profile&apos;s recent captures and refunds with Klarna before repeating any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {then}. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store in {folder} is locked by another program (another Klarna Order Console window, a backup or sync tool) and stayed locked; {then}. Close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder}{where}: the folder belongs to another user, or the disk is read-only; {then}. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in a folder of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is in the way: it is a file, not a folder, and {role}; {then}. Move the file away, or start with --basedir pointing elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store {path} is damaged ({detail}); {then}. Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store {path} failed its daily check ({detail}). Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store {path} could not be read ({detail}); nothing was changed. The disk may be failing or disconnected: check it, then open the profile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has schema version {version}, newer than this program&apos;s {latest}: it was written by a newer Klarna Order Console; update the program to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the file as it was before is kept at {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not update {path} to schema {version} ({detail}){kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local store {path} is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store {where} cannot be reached ({detail}). Nothing is sent from this desk until it can be: every write is journaled there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store {where} stopped answering ({detail}). What was being done was not sent; try again once the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store {where} has schema version {version}, newer than this program&apos;s {latest}: another desk runs a newer Klarna Order Console; update it on this desk too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna did not answer in time ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach Klarna at {url}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be read as {kind}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna&apos;s next link {link} is not a Settlements URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna&apos;s {report} report came as {got}, not {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region/environment {region}/{environment}: region is one of {regions}, environment one of {environments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL {url} is not an http(s) URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL {url} is not https: credentials would travel in clear text (plain http is accepted only for this machine, e.g. the sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the API username and password in the profile, not in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({detail}); {file} was not saved (its earlier version is kept). Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder} ({detail}); {file} was not saved. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is format {format}, written by a newer Klarna Order Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile {number}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile {number} ({name}): its id {id} is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile {number} ({name}): {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a profile id (lower-case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another profile is already called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a colour like #4a6fa5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the built-in Sandbox profile is a sandbox profile, and it cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom base URL replaces region and environment: leave those empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of {allowed} (or give a base URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (the API username from the Merchant Portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot contain &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot contain spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a PostgreSQL URL starting with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no server (postgresql://user@host/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not hold the password: give it in the password field (kept in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those profiles were left out; the others were loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords in it must be entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. {then} The file as it was is kept as {kept_as}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable keyring: install the &apos;keyring&apos; package and run under a desktop session with a secret service (or use the credentials file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring refused the password of profile {profile}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the system keyring ({backend}), under the service name {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the file {path}, which only your user account can read (no system keyring was found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {url}: Klarna accepted the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna refused the username or password ({status}). Credentials work only in their own region and environment: check those as well ({environment}, {url}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cause}. Check the region and environment (or the base URL) and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} answered 404 without Klarna&apos;s NO_SUCH_ORDER: it may not be a Klarna Order Management host ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found at Klarna by Check with Klarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered from the damaged store moved to {kept_in}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from {url}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field Klarna accepts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (got {got} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (got {got} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {limit} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {expected}, not {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a payment reference (up to 255 characters, no spaces or slashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an ISO 8601 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 code (three letters, like EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} needs a capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} needs a request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} takes no request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why you are sure Klarna did not apply it (1 to {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message>
        <source>Fetching {order} from Klarna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna has no order {order} in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Klarna Order Console: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Klarna Order Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}: {message}

The details are in the log file. Nothing was sent twice: check the order&apos;s History tab before you try the action again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna ref {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference 2: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, reference or order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders pending fraud review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders with a capture Klarna has not paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show date and amount filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range: from … to …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of orders found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import order IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import order IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order matches. A pasted order id that is not here yet is fetched from Klarna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders here yet. Klarna&apos;s API cannot list or search orders, so the console finds the ones it has fetched: paste an order id in the search box, or use File → Import order IDs… to fetch many at once (pasted, or from a CSV export of your shop).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <source>There is no profile &apos;{name}&apos;; opened the Sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {profile}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API password of profile &apos;{profile}&apos; first. The cached orders can be searched meanwhile. (File → Profiles…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile}: no password stored; showing cached orders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is open in another window, process {process}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is open in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here it is read-only: you can look up orders, but only that window sends, retries and finishes interrupted actions. Choose another profile to work in, or close the other window and open this profile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account on the team store may only read it: you can look up orders and their history, but nothing is sent from this desk. Ask whoever runs the team store for a role that may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: demo orders simulated on this computer; no Klarna account, no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox starts again with fresh demo orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished the {action} on order {order} that was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key. It is tried again at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klarna refused the interrupted {action} on order {order}: {code} {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShownOrder</name>
    <message>
        <source>Could not read the order from Klarna (showing the cached copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still connecting: the order shown is the cached copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier {action} has no answer yet: open it to send it again with its key or check with Klarna.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
