<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Actions</name>
    <message>
        <source>Capture</source>
        <translation>Aktivoi</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hyvitä</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Peruuta tilaus</translation>
    </message>
    <message>
        <source>Release remaining authorization</source>
        <translation>Vapauta jäljellä oleva varaus</translation>
    </message>
    <message>
        <source>Extend authorization time</source>
        <translation>Pidennä varauksen voimassaoloaikaa</translation>
    </message>
    <message>
        <source>Update order amount</source>
        <translation>Muuta tilauksen summaa</translation>
    </message>
    <message>
        <source>Edit shipping address</source>
        <translation>Muokkaa toimitusosoitetta</translation>
    </message>
    <message>
        <source>Update merchant references</source>
        <translation>Muuta kauppiaan viitteitä</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Kuittaa</translation>
    </message>
    <message>
        <source>Add shipping info</source>
        <translation>Lisää toimitustiedot</translation>
    </message>
    <message>
        <source>Add shipping info to capture</source>
        <translation>Lisää toimitustiedot aktivointiin</translation>
    </message>
    <message>
        <source>Resend customer communication</source>
        <translation>Lähetä asiakasviesti uudelleen</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>Pidennä eräpäivää</translation>
    </message>
    <message>
        <source>{action} {amount}</source>
        <translation>{action} {amount}</translation>
    </message>
    <message>
        <source>{action} by {days} days</source>
        <translation>{action} {days} päivällä</translation>
    </message>
</context>
<context>
    <name>KlarnaErrors</name>
    <message>
        <source>Klarna has no order with this id for these credentials. Check the order id, and that the profile uses the region and environment (live or playground) the order was placed in.</source>
        <translation>Klarnalla ei ole näillä kirjautumistiedoilla tilausta, jonka tunnus on tämä. Tarkista tilaustunnus ja se, että profiili käyttää samaa aluetta ja ympäristöä (live tai playground), jossa tilaus tehtiin.</translation>
    </message>
    <message>
        <source>Klarna could not find the capture or refund this request names. Reload the order to see its current captures and refunds, then try again.</source>
        <translation>Klarna ei löytänyt aktivointia tai hyvitystä, johon pyyntö viittaa. Lataa tilaus uudelleen nähdäksesi sen nykyiset aktivoinnit ja hyvitykset ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Klarna could not find this capture on the order. Reload the order and choose one of its current captures.</source>
        <translation>Klarna ei löytänyt tätä aktivointia tilaukselta. Lataa tilaus uudelleen ja valitse jokin sen nykyisistä aktivoinneista.</translation>
    </message>
    <message>
        <source>The order id is not valid: Klarna order ids are UUIDs. Copy the order id again, for example from the Merchant Portal.</source>
        <translation>Tilaustunnus ei kelpaa: Klarnan tilaustunnukset ovat UUID-tunnuksia. Kopioi tilaustunnus uudelleen, esimerkiksi Merchant Portalista.</translation>
    </message>
    <message>
        <source>Klarna rejected a value in the request; its message names the field and the limit. Nothing was changed: correct that field and send again.</source>
        <translation>Klarna hylkäsi pyynnössä olevan arvon; Klarnan viestissä mainitaan kenttä ja raja. Mitään ei muutettu: korjaa kenttä ja lähetä uudelleen.</translation>
    </message>
    <message>
        <source>Klarna does not allow this action on the order in its current state; its message says why. Nothing was changed: reload the order to see its status and amounts.</source>
        <translation>Klarna ei salli tätä toimintoa tilaukselle sen nykyisessä tilassa; Klarnan viestissä kerrotaan syy. Mitään ei muutettu: lataa tilaus uudelleen nähdäksesi sen tilan ja summat.</translation>
    </message>
    <message>
        <source>Klarna did not capture: the order is cancelled or expired, or the amount is higher than the remaining authorized amount. Reload the order and capture at most the remaining authorized amount.</source>
        <translation>Klarna ei aktivoinut: tilaus on peruutettu tai vanhentunut, tai summa on suurempi kuin jäljellä oleva varattu summa. Lataa tilaus uudelleen ja aktivoi enintään jäljellä oleva varattu summa.</translation>
    </message>
    <message>
        <source>Klarna did not refund: the order has no captures, or the amount is higher than what was captured and not yet refunded. Reload the order and refund at most that amount.</source>
        <translation>Klarna ei hyvittänyt: tilauksella ei ole aktivointeja, tai summa on suurempi kuin aktivoitu ja vielä hyvittämätön summa. Lataa tilaus uudelleen ja hyvitä enintään se summa.</translation>
    </message>
    <message>
        <source>Klarna did not cancel the order because part of it is already captured. Refund what was captured instead, and release the remaining authorization if nothing more will be shipped.</source>
        <translation>Klarna ei peruuttanut tilausta, koska osa siitä on jo aktivoitu. Hyvitä aktivoitu summa sen sijaan ja vapauta jäljellä oleva varaus, jos enempää ei toimiteta.</translation>
    </message>
    <message>
        <source>Klarna could not charge the customer&apos;s payment method, so nothing was captured. Do not ship yet: ask the customer to update their payment details, or contact Klarna merchant support.</source>
        <translation>Klarna ei pystynyt veloittamaan asiakkaan maksutapaa, joten mitään ei aktivoitu. Älä toimita vielä: pyydä asiakasta päivittämään maksutietonsa tai ota yhteyttä Klarnan kauppiastukeen.</translation>
    </message>
    <message>
        <source>The request clashes with a change made to the order at the same time, for example in the Merchant Portal or the shop system. Reload the order and check whether the change is already there before sending it again.</source>
        <translation>Pyyntö on ristiriidassa samaan aikaan tilaukseen tehdyn muutoksen kanssa, esimerkiksi Merchant Portalissa tai kauppajärjestelmässä. Lataa tilaus uudelleen ja tarkista, onko muutos jo tehty, ennen kuin lähetät sen uudelleen.</translation>
    </message>
    <message>
        <source>The request is larger than Klarna accepts (1 MB). Send fewer order lines or shipping details at a time.</source>
        <translation>Pyyntö on suurempi kuin Klarna ottaa vastaan (1 Mt). Lähetä kerralla vähemmän tilausrivejä tai toimitustietoja.</translation>
    </message>
    <message>
        <source>Klarna found the address invalid. Check the street, postal code and city against the country&apos;s format and send it again.</source>
        <translation>Klarna katsoi osoitteen virheelliseksi. Tarkista katuosoite, postinumero ja postitoimipaikka maan osoitemuodon mukaan ja lähetä osoite uudelleen.</translation>
    </message>
    <message>
        <source>Klarna is receiving too many requests from this merchant account right now. Wait a few minutes and retry; the same idempotency key makes sure Klarna applies the change at most once.</source>
        <translation>Klarna saa juuri nyt liikaa pyyntöjä tältä kauppiastililtä. Odota muutama minuutti ja yritä uudelleen; sama idempotenssiavain varmistaa, että Klarna tekee muutoksen enintään kerran.</translation>
    </message>
    <message>
        <source>Klarna had an internal error, so the change may or may not have been applied. Retry with the same idempotency key (Klarna applies it at most once); if it keeps failing, contact Klarna merchant support and quote the correlation id.</source>
        <translation>Klarnassa tapahtui sisäinen virhe, joten muutos on voinut mennä läpi tai jäädä tekemättä. Yritä uudelleen samalla idempotenssiavaimella (Klarna tekee muutoksen enintään kerran); jos virhe toistuu, ota yhteyttä Klarnan kauppiastukeen ja kerro korrelaatiotunnus.</translation>
    </message>
    <message>
        <source>Klarna&apos;s service is temporarily unavailable, so the change may or may not have been applied. Retry later with the same idempotency key; Klarna applies it at most once.</source>
        <translation>Klarnan palvelu ei ole tilapäisesti käytettävissä, joten muutos on voinut mennä läpi tai jäädä tekemättä. Yritä myöhemmin uudelleen samalla idempotenssiavaimella; Klarna tekee muutoksen enintään kerran.</translation>
    </message>
    <message>
        <source>Klarna&apos;s message: {message}</source>
        <translation>Klarnan viesti: {message}</translation>
    </message>
    <message>
        <source>Amounts in Klarna&apos;s message: {amounts}</source>
        <translation>Summat Klarnan viestissä: {amounts}</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Virhekoodi: {code}</translation>
    </message>
    <message>
        <source>Correlation id: {correlation_id}</source>
        <translation>Korrelaatiotunnus: {correlation_id}</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Perus-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-käyttäjätunnus</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-salasana</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Profiilin väri</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profiilin tunnus</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Tiimitietokanta</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Käsittelijän nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Capture not possible.</source>
        <translation>Aktivointi ei ole mahdollista.</translation>
    </message>
    <message>
        <source>Refund not possible.</source>
        <translation>Hyvitys ei ole mahdollista.</translation>
    </message>
    <message>
        <source>Cancel not possible.</source>
        <translation>Peruutus ei ole mahdollista.</translation>
    </message>
    <message>
        <source>Remaining authorization cannot be released.</source>
        <translation>Jäljellä olevaa varausta ei voi vapauttaa.</translation>
    </message>
    <message>
        <source>Authorization time cannot be extended.</source>
        <translation>Varauksen voimassaoloaikaa ei voi pidentää.</translation>
    </message>
    <message>
        <source>Order authorization cannot be updated.</source>
        <translation>Tilauksen varausta ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Customer details cannot be updated.</source>
        <translation>Asiakastietoja ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Merchant references cannot be updated.</source>
        <translation>Kauppiaan viitteitä ei voi muuttaa.</translation>
    </message>
    <message>
        <source>Shipping info cannot be added to the capture.</source>
        <translation>Aktivointiin ei voi lisätä toimitustietoja.</translation>
    </message>
    <message>
        <source>Send out cannot be triggered for the capture.</source>
        <translation>Aktivoinnin asiakasviestiä ei voi lähettää uudelleen.</translation>
    </message>
    <message>
        <source>Due date cannot be extended for the capture.</source>
        <translation>Aktivoinnin eräpäivää ei voi pidentää.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekti</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>tosi tai epätosi</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>desimaaliluku</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source> (got {got})</source>
        <translation> (annettu: {got})</translation>
    </message>
    <message>
        <source>Order is already cancelled.</source>
        <translation>Tilaus on jo peruutettu.</translation>
    </message>
    <message>
        <source>Order is cancelled.</source>
        <translation>Tilaus on peruutettu.</translation>
    </message>
    <message>
        <source>Order is expired.</source>
        <translation>Tilaus on vanhentunut.</translation>
    </message>
    <message>
        <source>Order is closed.</source>
        <translation>Tilaus on suljettu.</translation>
    </message>
    <message>
        <source>Order is pending fraud review.</source>
        <translation>Tilaus odottaa petostarkistusta.</translation>
    </message>
    <message>
        <source>Order was rejected in fraud review.</source>
        <translation>Tilaus hylättiin petostarkistuksessa.</translation>
    </message>
    <message>
        <source>Order is fully captured.</source>
        <translation>Tilaus on aktivoitu kokonaan.</translation>
    </message>
    <message>
        <source>Order is fully refunded.</source>
        <translation>Tilaus on hyvitetty kokonaan.</translation>
    </message>
    <message>
        <source>Order has no captures.</source>
        <translation>Tilauksella ei ole aktivointeja.</translation>
    </message>
    <message>
        <source>Order has previous captures.</source>
        <translation>Tilauksella on aiempia aktivointeja.</translation>
    </message>
    <message>
        <source>Order has no remaining authorization.</source>
        <translation>Tilauksella ei ole jäljellä varattua summaa.</translation>
    </message>
    <message>
        <source>Refunded amount cannot be negative.</source>
        <translation>Hyvitetty summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Captured amount cannot be negative.</source>
        <translation>Aktivoitu summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Captured amount {amount} is higher than the remaining authorized amount {remaining}.</source>
        <translation>Aktivoitu summa {amount} on suurempi kuin jäljellä oleva varattu summa {remaining}.</translation>
    </message>
    <message>
        <source>Refunded amount {amount} is higher than the captured amount not yet refunded {refundable}.</source>
        <translation>Hyvitetty summa {amount} on suurempi kuin aktivoitu, vielä hyvittämätön summa {refundable}.</translation>
    </message>
    <message>
        <source>Resulting authorization amount {amount} cannot be less than the captured amount {captured}.</source>
        <translation>Uusi varattu summa {amount} ei voi olla pienempi kuin aktivoitu summa {captured}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for {method} orders.</source>
        <translation>Tilauksen summaa ei voi korottaa, kun maksutapa on {method}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for this payment method.</source>
        <translation>Tilauksen summaa ei voi korottaa tällä maksutavalla.</translation>
    </message>
    <message>
        <source>Authorization time of {method} orders in {country} cannot be extended.</source>
        <translation>Varauksen voimassaoloaikaa ei voi pidentää, kun maksutapa on {method} ja maa {country}.</translation>
    </message>
    <message>
        <source>Order has reached the maximum authorization time of {days} days.</source>
        <translation>Tilaus on saavuttanut varauksen enimmäisvoimassaoloajan ({days} päivää).</translation>
    </message>
    <message>
        <source>Billing address cannot be updated due to risk assessment.</source>
        <translation>Laskutusosoitetta ei voi muuttaa riskiarvion vuoksi.</translation>
    </message>
    <message>
        <source>Capture {capture_id} could not be found.</source>
        <translation>Aktivointia {capture_id} ei löytynyt.</translation>
    </message>
    <message>
        <source>Extension of due date is not possible for this payment method.</source>
        <translation>Eräpäivää ei voi pidentää tällä maksutavalla.</translation>
    </message>
    <message>
        <source>Capture is fully refunded. Extension of due date is not possible.</source>
        <translation>Aktivointi on hyvitetty kokonaan. Eräpäivää ei voi pidentää.</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from {country} (only {countries}).</source>
        <translation>Palautusmaksuja ei voi käyttää tilauksissa, joiden maa on {country} (vain: {countries}).</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from this country (only {countries}).</source>
        <translation>Palautusmaksuja ei voi käyttää tämän maan tilauksissa (vain: {countries}).</translation>
    </message>
    <message>
        <source>Return fees are possible only on orders captured in a single capture (this order has {count}).</source>
        <translation>Palautusmaksu on mahdollinen vain tilauksissa, jotka on aktivoitu yhdellä kertaa (tämän tilauksen aktivointeja: {count}).</translation>
    </message>
    <message>
        <source>This profile is read-only: it can look at orders but not change them.</source>
        <translation>Tämä profiili on vain luku -tilassa: sillä voi katsoa tilauksia mutta ei muuttaa niitä.</translation>
    </message>
    <message>
        <source>The request contains a password or API secret of a profile; it was not sent. Remove it and try again.</source>
        <translation>Pyynnössä on profiilin salasana tai API-salaisuus, joten sitä ei lähetetty. Poista se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Anna summa</translation>
    </message>
    <message>
        <source>Enter the amount as text, e.g. 12.50</source>
        <translation>Anna summa tekstinä, esim. 12,50</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} ei ole summa</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Summa ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>{currency} has no decimals; {text} has {given}</source>
        <translation>{currency}: ei desimaaleja, mutta syötteessä {text} on {given}</translation>
    </message>
    <message>
        <source>{currency} has 1 decimal; {text} has {given}</source>
        <translation>{currency}: 1 desimaali, mutta syötteessä {text} on {given}</translation>
    </message>
    <message>
        <source>{currency} has {decimals} decimals; {text} has {given}</source>
        <translation>{currency}: {decimals} desimaalia, mutta syötteessä {text} on {given}</translation>
    </message>
    <message>
        <source>This currency</source>
        <translation>Tämä valuutta</translation>
    </message>
    <message>
        <source>{text} has more than one decimal mark</source>
        <translation>Syötteessä {text} on useampi kuin yksi desimaalierotin</translation>
    </message>
    <message>
        <source>{text} is not grouped in thousands</source>
        <translation>Syötettä {text} ei ole ryhmitelty tuhansittain</translation>
    </message>
    <message>
        <source>{given} is not {currency}: type the amount in {currency}, the order&apos;s currency</source>
        <translation>{given} ei ole {currency}: anna summa valuuttana {currency}, joka on tilauksen valuutta</translation>
    </message>
    <message>
        <source>could not be read from Klarna after its last write ({detail})</source>
        <translation>ei voitu lukea Klarnasta viimeisimmän muutoksen jälkeen ({detail})</translation>
    </message>
    <message>
        <source>journal entry {entry} cannot be sent again as it stands ({field})</source>
        <translation>päiväkirjamerkintää {entry} ei voi lähettää uudelleen sellaisenaan ({field})</translation>
    </message>
    <message>
        <source>An earlier {action} (journal entry {entry}) never got an answer and its key is over 23 hours old: open the order and use Check with Klarna</source>
        <translation>Aiempi pyyntö ({action}, päiväkirjamerkintä {entry}) ei koskaan saanut vastausta, ja sen avain on yli 23 tuntia vanha: avaa tilaus ja käytä toimintoa Tarkista Klarnasta</translation>
    </message>
    <message>
        <source>done before ({when} UTC, journal entry {entry})</source>
        <translation>tehty jo aiemmin ({when} UTC, päiväkirjamerkintä {entry})</translation>
    </message>
    <message>
        <source>an earlier {action} on this order (journal entry {entry}) has no answer yet</source>
        <translation>aiempi pyyntö tälle tilaukselle ({action}, päiväkirjamerkintä {entry}) ei ole vielä saanut vastausta</translation>
    </message>
    <message>
        <source>the same {action} was made minutes ago (journal entry {entry})</source>
        <translation>sama pyyntö ({action}) tehtiin muutama minuutti sitten (päiväkirjamerkintä {entry})</translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation>pysäytetty ennen lähettämistä</translation>
    </message>
    <message>
        <source>sent, but its outcome could not be journaled: {detail}</source>
        <translation>lähetetty, mutta lopputulosta ei voitu kirjata päiväkirjaan: {detail}</translation>
    </message>
    <message>
        <source>not sent: the journal could not be written: {detail}</source>
        <translation>ei lähetetty: päiväkirjaan ei voitu kirjoittaa: {detail}</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>mitään ei lähetetty</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be recorded, so the action stays open and is resumed with its original idempotency key</source>
        <translation>Klarnan vastausta ei voitu tallentaa, joten toiminto jää avoimeksi ja jatkuu alkuperäisellä idempotenssiavaimellaan</translation>
    </message>
    <message>
        <source>the orders fetched from Klarna were not saved on this computer</source>
        <translation>Klarnasta haettuja tilauksia ei tallennettu tälle tietokoneelle</translation>
    </message>
    <message>
        <source>today&apos;s backup of the journal was not taken</source>
        <translation>päiväkirjan tämänpäiväistä varmuuskopiota ei otettu</translation>
    </message>
    <message>
        <source>the orders and journal of this profile cannot be shown</source>
        <translation>tämän profiilin tilauksia ja päiväkirjaa ei voi näyttää</translation>
    </message>
    <message>
        <source>the local data could not be read</source>
        <translation>paikallisia tietoja ei voitu lukea</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>mitään ei tallennettu</translation>
    </message>
    <message>
        <source>is missing: the file was there before and is gone</source>
        <translation>puuttuu: tiedosto oli aiemmin olemassa, mutta nyt se on poissa</translation>
    </message>
    <message>
        <source>is missing, but its -wal file (the newest part of it) is still there</source>
        <translation>puuttuu, mutta sen -wal-tiedosto (sen uusin osa) on yhä olemassa</translation>
    </message>
    <message>
        <source>is empty (0 bytes): the file was there before, with data</source>
        <translation>on tyhjä (0 tavua): tiedosto oli aiemmin olemassa, ja siinä oli tietoja</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is zeroed)</source>
        <translation>ei ole luettava SQLite-tietokanta (sen ensimmäinen sivu on nollattu)</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is not a SQLite header)</source>
        <translation>ei ole luettava SQLite-tietokanta (sen ensimmäisellä sivulla ei ole SQLite-otsaketta)</translation>
    </message>
    <message>
        <source>failed SQLite&apos;s check: {detail}</source>
        <translation>ei läpäissyt SQLiten tarkistusta: {detail}</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>on vaurioitunut ({detail})</translation>
    </message>
    <message>
        <source> ({amounts} in minor units)</source>
        <translation> ({amounts} valuutan pienimpinä yksikköinä)</translation>
    </message>
    <message>
        <source>{n}) {action} on order {order}{amount}, started {started} UTC, idempotency key {key}, state {state}</source>
        <translation>{n}) {action}, tilaus {order}{amount}, aloitettu {started} UTC, idempotenssiavain {key}, tila {state}</translation>
    </message>
    <message>
        <source>nothing was left of it</source>
        <translation>siitä ei ollut mitään jäljellä</translation>
    </message>
    <message>
        <source>The local store {path} {problem}. It was moved aside whole ({files}) to {kept_in}; nothing was deleted, and a new, empty store was started for this profile. </source>
        <translation>Paikallinen tietokanta {path} {problem}. Se siirrettiin kokonaisena ({files}) sijaintiin {kept_in}; mitään ei poistettu, ja tälle profiilille aloitettiin uusi, tyhjä tietokanta. </translation>
    </message>
    <message>
        <source>the moved files</source>
        <translation>siirretyt tiedostot</translation>
    </message>
    <message>
        <source>the backup of {when}, {backup}</source>
        <translation>varmuuskopio {when}, {backup}</translation>
    </message>
    <message>
        <source>the moved files and the backup of {when}</source>
        <translation>siirretyt tiedostot ja varmuuskopio {when}</translation>
    </message>
    <message>
        <source>and {more} more, listed in {readme}</source>
        <translation>ja {more} muuta, luettelo tiedostossa {readme}</translation>
    </message>
    <message>
        <source> (read from {source})</source>
        <translation> (luettu lähteestä: {source})</translation>
    </message>
    <message>
        <source>It held {count} write(s) to Klarna whose outcome was never recorded{read_from}. They are kept open in the new journal with their own keys: nothing new is sent for those orders until each is settled; each is sent again with its own key (Klarna applies it at most once) while the key is under 23 hours old, and older ones wait for Check with Klarna in the order&apos;s action: {writes}.</source>
        <translation>Siinä oli Klarnaan lähetettyjä muutoksia {count} kpl, joiden lopputulosta ei koskaan tallennettu{read_from}. Ne pidetään avoimina uudessa päiväkirjassa omine avaimineen: näille tilauksille ei lähetetä mitään uutta, ennen kuin jokainen on selvitetty; jokainen lähetetään uudelleen omalla avaimellaan (Klarna tekee sen enintään kerran), kun avain on alle 23 tuntia vanha, ja vanhemmat odottavat, että ne tarkistetaan tilauksen toiminnossa Tarkista Klarnasta: {writes}.</translation>
    </message>
    <message>
        <source> Part of its journal could not be read, so there may be more.</source>
        <translation> Osaa sen päiväkirjasta ei voitu lukea, joten niitä voi olla enemmän.</translation>
    </message>
    <message>
        <source>It held no unfinished writes (read from {source}).</source>
        <translation>Siinä ei ollut keskeneräisiä muutoksia (luettu lähteestä: {source}).</translation>
    </message>
    <message>
        <source>Its journal could not be read, so writes it left unfinished are unknown: check this profile&apos;s recent captures and refunds with Klarna before repeating any.</source>
        <translation>Sen päiväkirjaa ei voitu lukea, joten keskeneräiset muutokset eivät ole tiedossa: tarkista tämän profiilin viimeisimmät aktivoinnit ja hyvitykset Klarnasta ennen kuin toistat mitään.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {then}. Free some space and try again.</source>
        <translation>Kansion {folder} levy on täynnä; {then}. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The local store in {folder} is locked by another program (another Klarna Order Console window, a backup or sync tool) and stayed locked; {then}. Close the other program and try again.</source>
        <translation>Kansion {folder} paikallinen tietokanta on toisen ohjelman lukitsema (toinen Klarna Order Console -ikkuna, varmuuskopio- tai synkronointiohjelma), eikä lukitus vapautunut; {then}. Sulje toinen ohjelma ja yritä uudelleen.</translation>
    </message>
    <message>
        <source> ({where})</source>
        <translation> ({where})</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder}{where}: the folder belongs to another user, or the disk is read-only; {then}. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console ei voi kirjoittaa kansioon {folder}{where}: kansio kuuluu toiselle käyttäjälle tai levy on kirjoitussuojattu; {then}. Anna käyttäjällesi kirjoitusoikeus tai käynnistä valitsimella --basedir, joka osoittaa omistamaasi kansioon.</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in a folder of that name</source>
        <translation>Klarna Order Console säilyttää tietonsa samannimisessä kansiossa</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in {folder}</source>
        <translation>Klarna Order Console säilyttää tietonsa kansiossa {folder}</translation>
    </message>
    <message>
        <source>{where} is in the way: it is a file, not a folder, and {role}; {then}. Move the file away, or start with --basedir pointing elsewhere.</source>
        <translation>{where} on tiellä: se on tiedosto eikä kansio, ja {role}; {then}. Siirrä tiedosto pois tai käynnistä valitsimella --basedir, joka osoittaa muualle.</translation>
    </message>
    <message>
        <source>The local store {path} is damaged ({detail}); {then}. Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Paikallinen tietokanta {path} on vaurioitunut ({detail}); {then}. Sulje Klarna Order Console ja käynnistä se uudelleen: se siirtää vaurioituneen tiedoston syrjään kokonaisena ja luettelee muutokset, jotka jäivät siinä keskeneräisiksi.</translation>
    </message>
    <message>
        <source>The local store {path} failed its daily check ({detail}). Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>Paikallinen tietokanta {path} ei läpäissyt päivittäistä tarkistusta ({detail}). Sulje Klarna Order Console ja käynnistä se uudelleen: se siirtää vaurioituneen tiedoston syrjään kokonaisena ja luettelee muutokset, jotka jäivät siinä keskeneräisiksi.</translation>
    </message>
    <message>
        <source>The local store {path} could not be read ({detail}); nothing was changed. The disk may be failing or disconnected: check it, then open the profile again.</source>
        <translation>Paikallista tietokantaa {path} ei voitu lukea ({detail}); mitään ei muutettu. Levy voi olla vikaantumassa tai irrotettu: tarkista se ja avaa sitten profiili uudelleen.</translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database ({detail})</source>
        <translation>{path} ei ole luettava SQLite-tietokanta ({detail})</translation>
    </message>
    <message>
        <source>{path} has schema version {version}, newer than this program&apos;s {latest}: it was written by a newer Klarna Order Console; update the program to open it</source>
        <translation>Tiedoston {path} skeemaversio on {version}, uudempi kuin tämän ohjelman {latest}: sen on kirjoittanut uudempi Klarna Order Console; päivitä ohjelma avataksesi sen</translation>
    </message>
    <message>
        <source>; the file as it was before is kept at {backup}</source>
        <translation>; tiedosto aiemmassa muodossaan on tallessa: {backup}</translation>
    </message>
    <message>
        <source>could not update {path} to schema {version} ({detail}){kept}</source>
        <translation>tiedostoa {path} ei voitu päivittää skeemaan {version} ({detail}){kept}</translation>
    </message>
    <message>
        <source>the local store {path} is closed</source>
        <translation>paikallinen tietokanta {path} on suljettu</translation>
    </message>
    <message>
        <source>The team store {where} cannot be reached ({detail}). Nothing is sent from this desk until it can be: every write is journaled there first.</source>
        <translation>Tiimitietokantaan {where} ei saada yhteyttä ({detail}). Tästä työpisteestä ei lähetetä mitään ennen kuin yhteys toimii: jokainen muutos kirjataan ensin sen päiväkirjaan.</translation>
    </message>
    <message>
        <source>The team store {where} stopped answering ({detail}). What was being done was not sent; try again once the server answers.</source>
        <translation>Tiimitietokanta {where} lakkasi vastaamasta ({detail}). Kesken ollutta toimintoa ei lähetetty; yritä uudelleen, kun palvelin vastaa.</translation>
    </message>
    <message>
        <source>The team store {where} has schema version {version}, newer than this program&apos;s {latest}: another desk runs a newer Klarna Order Console; update it on this desk too.</source>
        <translation>Tiimitietokannan {where} skeemaversio on {version}, uudempi kuin tämän ohjelman {latest}: toisessa työpisteessä on uudempi Klarna Order Console; päivitä se myös tähän työpisteeseen.</translation>
    </message>
    <message>
        <source>Klarna did not answer in time ({detail})</source>
        <translation>Klarna ei vastannut ajoissa ({detail})</translation>
    </message>
    <message>
        <source>could not reach Klarna at {url}: {detail}</source>
        <translation>Klarnaan ei saatu yhteyttä osoitteessa {url}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be read as {kind}: {detail}</source>
        <translation>Klarnan vastausta ei voitu lukea muodossa {kind}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s next link {link} is not a Settlements URL</source>
        <translation>Klarnan seuraava-linkki {link} ei ole Settlements-URL</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ei sisältötyyppiä</translation>
    </message>
    <message>
        <source>Klarna&apos;s {report} report came as {got}, not {expected}</source>
        <translation>Klarnan raportti {report} tuli muodossa {got}, ei {expected}</translation>
    </message>
    <message>
        <source>unknown region/environment {region}/{environment}: region is one of {regions}, environment one of {environments}</source>
        <translation>tuntematon alue/ympäristö {region}/{environment}: alueen on oltava jokin seuraavista: {regions}; ympäristön jokin seuraavista: {environments}</translation>
    </message>
    <message>
        <source>base URL {url} is not an http(s) URL with a host</source>
        <translation>perus-URL {url} ei ole http(s)-URL, jossa on palvelin</translation>
    </message>
    <message>
        <source>base URL {url} is not https: credentials would travel in clear text (plain http is accepted only for this machine, e.g. the sandbox)</source>
        <translation>perus-URL {url} ei käytä https:ää: tunnukset kulkisivat selväkielisinä (pelkkä http hyväksytään vain tälle koneelle, esim. hiekkalaatikolle)</translation>
    </message>
    <message>
        <source>put the API username and password in the profile, not in the URL</source>
        <translation>anna API-käyttäjätunnus ja salasana profiilissa, ei URL-osoitteessa</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({detail}); {file} was not saved (its earlier version is kept). Free some space and try again.</source>
        <translation>Kansion {folder} levy on täynnä ({detail}); tiedostoa {file} ei tallennettu (sen aiempi versio säilyy). Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder} ({detail}); {file} was not saved. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console ei voi kirjoittaa kansioon {folder} ({detail}); tiedostoa {file} ei tallennettu. Anna käyttäjällesi kirjoitusoikeus tai käynnistä valitsimella --basedir, joka osoittaa omistamaasi kansioon.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>tiedosto ei ole kelvollista JSONia ({detail})</translation>
    </message>
    <message>
        <source>it is format {format}, written by a newer Klarna Order Console</source>
        <translation>tiedoston muoto on {format}, ja sen on kirjoittanut uudempi Klarna Order Console</translation>
    </message>
    <message>
        <source>profile {number}: {detail}</source>
        <translation>profiili {number}: {detail}</translation>
    </message>
    <message>
        <source>profile {number} ({name}): its id {id} is used twice</source>
        <translation>profiili {number} ({name}): sen tunnus {id} on käytössä kahdesti</translation>
    </message>
    <message>
        <source>profile {number} ({name}): {problems}</source>
        <translation>profiili {number} ({name}): {problems}</translation>
    </message>
    <message>
        <source>{value} is not a profile id (lower-case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation>{value} ei ole profiilin tunnus (pieniä kirjaimia, numeroita ja &apos;-&apos;, enintään 63)</translation>
    </message>
    <message>
        <source>another profile is already called {name}</source>
        <translation>toisen profiilin nimi on jo {name}</translation>
    </message>
    <message>
        <source>{value} is not a colour like #4a6fa5</source>
        <translation>{value} ei ole väri muodossa #4a6fa5</translation>
    </message>
    <message>
        <source>only the built-in Sandbox profile is a sandbox profile, and it cannot be changed</source>
        <translation>vain sisäänrakennettu Sandbox-profiili on hiekkalaatikkoprofiili, eikä sitä voi muuttaa</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be changed</source>
        <translation>sisäänrakennettua Sandbox-profiilia ei voi muuttaa</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be removed</source>
        <translation>sisäänrakennettua Sandbox-profiilia ei voi poistaa</translation>
    </message>
    <message>
        <source>a custom base URL replaces region and environment: leave those empty</source>
        <translation>oma perus-URL korvaa alueen ja ympäristön: jätä ne tyhjiksi</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed} (or give a base URL)</source>
        <translation>{value} ei ole mikään seuraavista: {allowed} (tai anna perus-URL)</translation>
    </message>
    <message>
        <source>is required (the API username from the Merchant Portal)</source>
        <translation>on pakollinen (API-käyttäjätunnus Merchant Portalista)</translation>
    </message>
    <message>
        <source>cannot contain &apos;:&apos;</source>
        <translation>ei saa sisältää merkkiä &apos;:&apos;</translation>
    </message>
    <message>
        <source>cannot contain spaces or control characters</source>
        <translation>ei saa sisältää välilyöntejä eikä ohjausmerkkejä</translation>
    </message>
    <message>
        <source>cannot contain control characters</source>
        <translation>ei saa sisältää ohjausmerkkejä</translation>
    </message>
    <message>
        <source>must be a PostgreSQL URL starting with postgresql://</source>
        <translation>on oltava PostgreSQL-URL, joka alkaa postgresql://</translation>
    </message>
    <message>
        <source>names no server (postgresql://user@host/database)</source>
        <translation>ei nimeä palvelinta (postgresql://käyttäjä@palvelin/tietokanta)</translation>
    </message>
    <message>
        <source>must not hold the password: give it in the password field (kept in the keyring)</source>
        <translation>ei saa sisältää salasanaa: anna se salasanakentässä (se tallennetaan avainnippuun)</translation>
    </message>
    <message>
        <source>Those profiles were left out; the others were loaded.</source>
        <translation>Nämä profiilit jätettiin pois; muut ladattiin.</translation>
    </message>
    <message>
        <source>No profile could be read from it.</source>
        <translation>Tiedostosta ei voitu lukea yhtään profiilia.</translation>
    </message>
    <message>
        <source>Passwords in it must be entered again.</source>
        <translation>Tiedoston salasanat on annettava uudelleen.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. {then} The file as it was is kept as {kept_as}.</source>
        <translation>{path} on vaurioitunut: {problems}. {then} Tiedosto alkuperäisessä muodossaan on tallessa nimellä {kept_as}.</translation>
    </message>
    <message>
        <source>no usable keyring: install the &apos;keyring&apos; package and run under a desktop session with a secret service (or use the credentials file)</source>
        <translation>ei käytettävää avainnippua: asenna &apos;keyring&apos;-paketti ja käytä työpöytäistuntoa, jossa on secret service (tai käytä tunnustiedostoa)</translation>
    </message>
    <message>
        <source>the keyring refused the password of profile {profile}: {detail}</source>
        <translation>avainnippu hylkäsi profiilin {profile} salasanan: {detail}</translation>
    </message>
    <message>
        <source>in the system keyring ({backend}), under the service name {service}</source>
        <translation>järjestelmän avainnipussa ({backend}) palvelunimellä {service}</translation>
    </message>
    <message>
        <source>in the file {path}, which only your user account can read (no system keyring was found)</source>
        <translation>tiedostossa {path}, jota vain käyttäjätilisi voi lukea (järjestelmän avainnippua ei löytynyt)</translation>
    </message>
    <message>
        <source>Connected to {url}: Klarna accepted the credentials.</source>
        <translation>Yhteys osoitteeseen {url} muodostettu: Klarna hyväksyi tunnukset.</translation>
    </message>
    <message>
        <source>Klarna refused the username or password ({status}). Credentials work only in their own region and environment: check those as well ({environment}, {url}).</source>
        <translation>Klarna hylkäsi käyttäjätunnuksen tai salasanan ({status}). Tunnukset toimivat vain omalla alueellaan ja omassa ympäristössään: tarkista myös ne ({environment}, {url}).</translation>
    </message>
    <message>
        <source>{cause}. Check the region and environment (or the base URL) and the network connection.</source>
        <translation>{cause}. Tarkista alue ja ympäristö (tai perus-URL) sekä verkkoyhteys.</translation>
    </message>
    <message>
        <source>{url} answered 404 without Klarna&apos;s NO_SUCH_ORDER: it may not be a Klarna Order Management host ({detail}).</source>
        <translation>{url} vastasi 404 ilman Klarnan koodia NO_SUCH_ORDER: se ei ehkä ole Klarna Order Management -palvelin ({detail}).</translation>
    </message>
    <message>
        <source>found at Klarna by Check with Klarna</source>
        <translation>löytyi Klarnasta toiminnolla Tarkista Klarnasta</translation>
    </message>
    <message>
        <source>recovered from the damaged store moved to {kept_in}</source>
        <translation>palautettu vaurioituneesta tietokannasta, joka siirrettiin sijaintiin {kept_in}</translation>
    </message>
    <message>
        <source>Unexpected answer from {url}: {detail}</source>
        <translation>Odottamaton vastaus osoitteesta {url}: {detail}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>on pakollinen</translation>
    </message>
    <message>
        <source>is not a field Klarna accepts here</source>
        <translation>ei ole kenttä, jonka Klarna hyväksyy tässä</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>on tyhjä</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>enintään {limit} merkkiä</translation>
    </message>
    <message>
        <source> (got {got} characters)</source>
        <translation> (annettu: {got} merkkiä)</translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation>vähintään {limit} merkkiä</translation>
    </message>
    <message>
        <source>at most {limit} items</source>
        <translation>enintään {limit} kohdetta</translation>
    </message>
    <message>
        <source> (got {got} items)</source>
        <translation> (annettu: {got} kohdetta)</translation>
    </message>
    <message>
        <source>at least {limit} item(s)</source>
        <translation>vähintään {limit} kohde(tta)</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>on oltava vähintään {limit}</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>saa olla enintään {limit}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>on oltava välillä {low}–{high}</translation>
    </message>
    <message>
        <source>must be {expected}, not {got}</source>
        <translation>odotettu tyyppi: {expected}, annettu: {got}</translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of: {allowed}</source>
        <translation>{value} ei ole sallittu; käytä jotakin seuraavista: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} ei ole sallittu</translation>
    </message>
    <message>
        <source>{value} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)</source>
        <translation>{value} ei ole Klarnan tunnus (UUID, esim. 0b1d9815-165e-42e2-8867-35bc03789e00)</translation>
    </message>
    <message>
        <source>{value} is not a payment reference (up to 255 characters, no spaces or slashes)</source>
        <translation>{value} ei ole maksuviite (enintään 255 merkkiä, ei välilyöntejä eikä kauttaviivoja)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an ISO 8601 date-time</source>
        <translation>{value} ei ole päivämäärä (VVVV-KK-PP) eikä ISO 8601 -aikaleima</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 code (three letters, like EUR)</source>
        <translation>{value} ei ole ISO 4217 -koodi (kolme kirjainta, esim. EUR)</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>{end} on ennen alkupäivää {start}</translation>
    </message>
    <message>
        <source>{action} needs a capture</source>
        <translation>{action}: vaatii aktivoinnin</translation>
    </message>
    <message>
        <source>{action} needs a request body</source>
        <translation>{action}: vaatii pyynnön sisällön (body)</translation>
    </message>
    <message>
        <source>{action} takes no request body</source>
        <translation>{action}: ei ota pyynnön sisältöä (body)</translation>
    </message>
    <message>
        <source>say why you are sure Klarna did not apply it (1 to {limit} characters)</source>
        <translation>kerro, miksi olet varma, ettei Klarna tehnyt sitä (1–{limit} merkkiä)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>pyyntö</translation>
    </message>
</context>
</TS>
