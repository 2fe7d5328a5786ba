<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>this program</source>
        <translation>tämä ohjelma</translation>
    </message>
    <message>
        <source>the runtime</source>
        <translation>ajonaikainen ympäristö</translation>
    </message>
    <message>
        <source>Qt for Python: the window</source>
        <translation>Qt for Python: ikkuna</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s binding layer</source>
        <translation>Qt for Pythonin sidoskerros</translation>
    </message>
    <message>
        <source>asyncio on Qt&apos;s event loop</source>
        <translation>asyncio Qt:n tapahtumasilmukassa</translation>
    </message>
    <message>
        <source>HTTP client</source>
        <translation>HTTP-asiakas</translation>
    </message>
    <message>
        <source>HTTP transport</source>
        <translation>HTTP-siirto</translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>async I/O</source>
        <translation>asynkroninen I/O</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-varmenteet</translation>
    </message>
    <message>
        <source>international domain names</source>
        <translation>kansainväliset verkkotunnukset</translation>
    </message>
    <message>
        <source>which async library runs (used by httpcore)</source>
        <translation>käytössä oleva async-kirjasto (httpcore käyttää)</translation>
    </message>
    <message>
        <source>typed models and JSON</source>
        <translation>tyypitetyt mallit ja JSON</translation>
    </message>
    <message>
        <source>where files go</source>
        <translation>tiedostojen sijainnit</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web framework</source>
        <translation>hiekkalaatikon web-kehys</translation>
    </message>
    <message>
        <source>the sandbox&apos;s web server</source>
        <translation>hiekkalaatikon web-palvelin</translation>
    </message>
    <message>
        <source>uvicorn&apos;s command line</source>
        <translation>uvicornin komentorivi</translation>
    </message>
    <message>
        <source>typing back-ports</source>
        <translation>tyypitysten taaksepäinsiirrot</translation>
    </message>
    <message>
        <source>PostgreSQL driver (team mode)</source>
        <translation>PostgreSQL-ajuri (tiimitila)</translation>
    </message>
    <message>
        <source>number, currency and date formats per locale (Unicode CLDR data)</source>
        <translation>lukujen, valuuttojen ja päivämäärien muodot kielittäin (Unicode CLDR -tiedot)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library, libpq (team mode)</source>
        <translation>PostgreSQL:n asiakaskirjasto libpq (tiimitila)</translation>
    </message>
    <message>
        <source>Libraries from the build system</source>
        <translation>Käännösjärjestelmän kirjastot</translation>
    </message>
    <message>
        <source>X11, fonts, TLS, SQLite, D-Bus (Linux bundle)</source>
        <translation>X11, fontit, TLS, SQLite, D-Bus (Linux-paketti)</translation>
    </message>
    <message>
        <source>various: see each copyright file</source>
        <translation>useita: katso kunkin copyright-tiedosto</translation>
    </message>
    <message>
        <source>{component} is licensed under {licence}; its licence text was not found next to this installation.</source>
        <translation>Komponentin {component} lisenssi on {licence}; lisenssitekstiä ei löytynyt tämän asennuksen vierestä.</translation>
    </message>
    <message>
        <source>About Klarna Order Console</source>
        <translation>Tietoja: Klarna Order Console</translation>
    </message>
    <message>
        <source>Manage Klarna orders after the purchase through the Order Management API v1.&lt;br&gt;{versions}&lt;br&gt;MIT licence. Not made or endorsed by Klarna.</source>
        <translation>Hallitse Klarna-tilauksia oston jälkeen Order Management API v1:n kautta.&lt;br&gt;{versions}&lt;br&gt;MIT-lisenssi. Ei Klarnan tekemä eikä hyväksymä.</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Mukana tulevat komponentit ja niiden lisenssit</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponentti</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lisenssiteksti</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL v3: they are shipped as separate shared libraries, which you may replace with your own build of the same version.</source>
        <translation>Qt:tä ja PySide6:ta käytetään LGPL v3 -lisenssillä: ne toimitetaan erillisinä jaettuina kirjastoina, jotka voit korvata omalla käännökselläsi samasta versiosta.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Licence texts from {count} files under {folder}</source>
        <translation>Lisenssitekstit kansiosta {folder} (tiedostoja: {count})</translation>
    </message>
    <message>
        <source>Licence text from {folders}</source>
        <translation>Lisenssiteksti: {folders}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kuittaa</translation>
    </message>
    <message>
        <source>For Klarna Checkout and Kustom orders: until an order is acknowledged, Klarna keeps sending its push notification to the shop (for up to 48 hours). Acknowledging twice changes nothing.</source>
        <translation>Klarna Checkout- ja Kustom-tilaukset: kunnes tilaus on kuitattu, Klarna lähettää push-ilmoitustaan kauppaan (enintään 48 tunnin ajan). Kahdesti kuittaaminen ei muuta mitään.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A capture acknowledges the order too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Myös aktivointi kuittaa tilauksen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action} — order {order}</source>
        <translation>{action} — tilaus {order}</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Tilaus {order}</translation>
    </message>
    <message>
        <source>{action} on order {order}?</source>
        <translation>{action}: tilaus {order}?</translation>
    </message>
    <message>
        <source>Klarna accepts at most {amount}</source>
        <translation>Klarna hyväksyy enintään {amount}</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Aktivointi</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: ongelma</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Profile {profile}</source>
        <translation>Profiili {profile}</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>VAIN LUKU</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Lähetys</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>Retry with the same idempotency key</source>
        <translation>Yritä uudelleen samalla idempotenssiavaimella</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Sulje tämä ikkuna</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Tämä profiili on auki toisessa ikkunassa; vain se ikkuna voi lähettää.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) never got an answer, and its key is over 23 hours old: Klarna may have forgotten it, so it cannot be sent again safely. Check with Klarna whether it was applied.</source>
        <translation>Aiempi pyyntö tälle tilaukselle ({what}, aloitettu {started}, päiväkirjamerkintä {entry}) ei koskaan saanut vastausta, ja sen avain on yli 23 tuntia vanha: Klarna on ehkä unohtanut sen, joten sitä ei voi turvallisesti lähettää uudelleen. Tarkista Klarnasta, tehtiinkö muutos.</translation>
    </message>
    <message>
        <source>An earlier {what} by {agent} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>Aiempi pyyntö tälle tilaukselle ({what}, käsittelijä {agent}, aloitettu {started}, päiväkirjamerkintä {entry}) on vielä ilman Klarnan vastausta. Mitään uutta ei lähetetä, kun se on avoinna: lähetä se uudelleen samalla avaimella (Klarna tekee sen enintään kerran) tai tarkista Klarnasta.</translation>
    </message>
    <message>
        <source>An earlier {what} on this order (started {started}, journal entry {entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key (Klarna applies it at most once), or check with Klarna.</source>
        <translation>Aiempi pyyntö tälle tilaukselle ({what}, aloitettu {started}, päiväkirjamerkintä {entry}) on vielä ilman Klarnan vastausta. Mitään uutta ei lähetetä, kun se on avoinna: lähetä se uudelleen samalla avaimella (Klarna tekee sen enintään kerran) tai tarkista Klarnasta.</translation>
    </message>
    <message>
        <source>A {what} was made {ago} by {agent} on order {order}. {action} again?</source>
        <translation>Tilaukselle {order} tehtiin pyyntö ({what}, käsittelijä {agent}) {ago}. {action} uudelleen?</translation>
    </message>
    <message>
        <source>A {what} was made {ago} from this profile on order {order}. {action} again?</source>
        <translation>Tilaukselle {order} tehtiin pyyntö ({what}, tästä profiilista) {ago}. {action} uudelleen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;{request} would be a second, separate one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tämä pyyntö ({request}) olisi toinen, erillinen pyyntö.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{action} again</source>
        <translation>{action} uudelleen</translation>
    </message>
    <message>
        <source>a capture of {amount} ({when})</source>
        <translation>aktivointi {amount} ({when})</translation>
    </message>
    <message>
        <source>a refund of {amount} ({when})</source>
        <translation>hyvitys {amount} ({when})</translation>
    </message>
    <message>
        <source>Nothing was sent: since this dialog opened, Klarna&apos;s order has {news}, made elsewhere. The amounts now shown include it; check them and send again.</source>
        <translation>Mitään ei lähetetty: tämän ikkunan avaamisen jälkeen Klarnan tilaukseen on tehty muualla muutoksia ({news}). Näytetyt summat sisältävät ne; tarkista summat ja lähetä uudelleen.</translation>
    </message>
    <message>
        <source>The earlier {what} is closed as not applied. A new one may be sent now.</source>
        <translation>Aiempi pyyntö ({what}) on suljettu tekemättömänä. Uuden voi nyt lähettää.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what} ({id}): it is recorded as done. Nothing was sent again.</source>
        <translation>Klarnalla on aiempi pyyntö ({what}, {id}): se on kirjattu tehdyksi. Mitään ei lähetetty uudelleen.</translation>
    </message>
    <message>
        <source>Klarna has the earlier {what}: it is recorded as done. Nothing was sent again.</source>
        <translation>Klarnalla on aiempi pyyntö ({what}): se on kirjattu tehdyksi. Mitään ei lähetetty uudelleen.</translation>
    </message>
    <message>
        <source>Klarna&apos;s order shows no {what} made after {started}. If you are sure it was not applied (for example, you checked the Merchant Portal), close it with a note; then a new one can be sent.</source>
        <translation>Klarnan tilauksessa ei näy ajankohdan {started} jälkeen tehtyä pyyntöä ({what}). Jos olet varma, ettei sitä tehty (tarkistit esimerkiksi Merchant Portalista), sulje se ja kirjoita huomautus; sitten uuden voi lähettää.</translation>
    </message>
    <message>
        <source>Klarna could not be reached</source>
        <translation>Klarnaan ei saatu yhteyttä</translation>
    </message>
    <message>
        <source>Nothing was sent: the order could not be read from Klarna first. {error}</source>
        <translation>Mitään ei lähetetty: tilausta ei voitu ensin lukea Klarnasta. {error}</translation>
    </message>
    <message>
        <source>Retrying with the same idempotency key…</source>
        <translation>Yritetään uudelleen samalla idempotenssiavaimella…</translation>
    </message>
    <message>
        <source>Sending to Klarna…</source>
        <translation>Lähetetään Klarnaan…</translation>
    </message>
    <message>
        <source>{request}: done on order {order}.</source>
        <translation>{request}: tehty, tilaus {order}.</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself at {time} (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna ei vastannut{reason}. Pyyntö on voinut mennä läpi. Yritä uudelleen -painike lähettää sen uudestaan samalla idempotenssiavaimella ({key}…), joten Klarna tekee sen enintään kerran. Jos suljet tämän ikkunan, konsoli lähettää sen itse uudelleen kello {time} (Klarnan aikataulu: 5 sekunnin, 5 minuutin ja 5 tunnin kuluttua, samalla avaimella).</translation>
    </message>
    <message>
        <source>Klarna did not answer{reason}. The request may have been applied. Retry sends it again with the same idempotency key ({key}…), so Klarna applies it at most once. If you close this dialog, the console sends it again by itself (Klarna&apos;s schedule: after 5 seconds, 5 minutes and 5 hours, with the same key).</source>
        <translation>Klarna ei vastannut{reason}. Pyyntö on voinut mennä läpi. Yritä uudelleen -painike lähettää sen uudestaan samalla idempotenssiavaimella ({key}…), joten Klarna tekee sen enintään kerran. Jos suljet tämän ikkunan, konsoli lähettää sen itse uudelleen (Klarnan aikataulu: 5 sekunnin, 5 minuutin ja 5 tunnin kuluttua, samalla avaimella).</translation>
    </message>
    <message>
        <source>Nothing was sent: the journal could not be written ({error}). Every write is journaled before it is sent; free the disk or fix the file, then try again.</source>
        <translation>Mitään ei lähetetty: päiväkirjaan ei voitu kirjoittaa ({error}). Jokainen muutos kirjataan päiväkirjaan ennen lähettämistä; vapauta levytilaa tai korjaa tiedosto ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer could not be journaled ({error}). The console sends it again with the same key when the journal works again.</source>
        <translation>Pyyntö lähetettiin, mutta sen vastausta ei voitu kirjata päiväkirjaan ({error}). Konsoli lähettää sen uudelleen samalla avaimella, kun päiväkirja toimii taas.</translation>
    </message>
    <message>
        <source>Something went wrong while sending: {error}. Check the order&apos;s History tab before you try again.</source>
        <translation>Lähetyksessä tapahtui virhe: {error}. Tarkista tilauksen Historia-välilehti ennen kuin yrität uudelleen.</translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Tämä profiili on auki toisessa ikkunassa; vain se ikkuna voi lähettää.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: ei mahdollista. {reason}</translation>
    </message>
    <message>
        <source>Bulk actions: not possible. {reason}</source>
        <translation>Joukkotoiminnot: ei mahdollista. {reason}</translation>
    </message>
    <message>
        <source>Select the orders in the results table first: Ctrl + click adds an order, Shift + click or Shift + arrow keys a range, Ctrl+A all of them.</source>
        <translation>Valitse ensin tilaukset tulostaulukosta: Ctrl + napsautus lisää tilauksen, Shift + napsautus tai Shift + nuolinäppäimet valitsee välin, Ctrl+A kaikki.</translation>
    </message>
</context>
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
    <name>ActionsController</name>
    <message>
        <source>{action} succeeded</source>
        <translation>{action}: onnistui</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisaatio</translation>
    </message>
    <message>
        <source>A&amp;ttention</source>
        <translation>&amp;Vastaanottaja</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <source>Street address &amp;2</source>
        <translation>Katuosoite &amp;2</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Post&amp;itoimipaikka</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Alue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Sä&amp;hköposti</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;uhelin</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>Vastaanottaja: {name}</translation>
    </message>
    <message>
        <source>Sa&amp;ve address</source>
        <translation>Ta&amp;llenna osoite</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Toimitusosoite</translation>
    </message>
    <message>
        <source>An order ships to the country it was bought in.</source>
        <translation>Tilaus toimitetaan maahan, jossa se ostettiin.</translation>
    </message>
    <message>
        <source>Billing address (read-only)</source>
        <translation>Laskutusosoite (vain luku)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>{reason}. Klarna approved the purchase for this address, so a merchant cannot change it.</source>
        <translation>{reason}. Klarna hyväksyi oston tälle osoitteelle, joten kauppias ei voi muuttaa sitä.</translation>
    </message>
    <message>
        <source>Klarna re-assesses the purchase with the new address and may refuse it. An emptied field is cleared at Klarna.</source>
        <translation>Klarna arvioi oston uudelleen uudella osoitteella ja voi hylätä sen. Tyhjennetty kenttä tyhjennetään myös Klarnassa.</translation>
    </message>
    <message>
        <source>Required: Klarna does not let this field be cleared.</source>
        <translation>Pakollinen: Klarna ei salli tämän kentän tyhjentämistä.</translation>
    </message>
    <message>
        <source>Required for addresses in the United States.</source>
        <translation>Pakollinen Yhdysvaltojen osoitteissa.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Anna sähköpostiosoite, esim. nimi@example.com.</translation>
    </message>
    <message>
        <source>Change a field of the shipping address to save it.</source>
        <translation>Muuta jotakin toimitusosoitteen kenttää, niin voit tallentaa sen.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>succeeded</source>
        <translation>onnistui</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ei lähetetty</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Orders in this run</source>
        <translation>Tämän ajon tilaukset</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tahti</translation>
    </message>
    <message>
        <source>Requests go as fast as Klarna&apos;s rate limit allows, as Klarna announces it in each answer, with a margin. Stop ends the run after the requests already sent; running the same selection again later skips what succeeded.</source>
        <translation>Pyynnöt lähtevät niin nopeasti kuin Klarnan nopeusrajoitus sallii (Klarna ilmoittaa sen jokaisessa vastauksessa), pienellä marginaalilla. Pysäytä lopettaa ajon jo lähetettyjen pyyntöjen jälkeen; kun sama valinta ajetaan myöhemmin uudelleen, onnistuneet ohitetaan.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>Outcome per order</source>
        <translation>Tulos tilauksittain</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;Tallenna raportti CSV:nä…</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Aja &amp;uudelleen</translation>
    </message>
    <message>
        <source>Run again: skip what succeeded, retry the rest</source>
        <translation>Aja uudelleen: ohita onnistuneet, yritä muita uudelleen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Pysäytä</translation>
    </message>
    <message>
        <source>Stop after the requests in flight</source>
        <translation>Pysäytä, kun käynnissä olevat pyynnöt ovat valmiit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Sulje tämä ikkuna</translation>
    </message>
    <message>
        <source>skip: done before</source>
        <translation>ohita: tehty aiemmin</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>ei sallittu</translation>
    </message>
    <message>
        <source>resume (same key)</source>
        <translation>jatka (sama avain)</translation>
    </message>
    <message>
        <source>send</source>
        <translation>lähetä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Vanhenee nyt</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Pidennyksen jälkeen</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-viite</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Miksi ei</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Kauppiaan viite</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Virhekoodi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelaatiotunnus</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total to capture: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aktivoidaan yhteensä: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Ei lähetettävää</translation>
    </message>
    <message>
        <source>&lt;p&gt;Total: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Yhteensä: &lt;b&gt;{total}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>Klarna asked to slow down: waiting {seconds} s</source>
        <translation>Klarna pyysi hidastamaan: odotetaan {seconds} s</translation>
    </message>
    <message>
        <source>Reading the orders back from Klarna…</source>
        <translation>Luetaan tilauksia takaisin Klarnasta…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Tallennettu: {path}</translation>
    </message>
    <message>
        <source>Stopping after the requests already sent…</source>
        <translation>Pysäytetään jo lähetettyjen pyyntöjen jälkeen…</translation>
    </message>
    <message>
        <source>{code} × {count}</source>
        <translation>{code} × {count}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;The run stopped: the journal could not be written ({error}).&lt;/b&gt; Nothing is sent without its journal entry; what was sent is listed below.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c;&apos;&gt;&lt;b&gt;Ajo pysähtyi: päiväkirjaan ei voitu kirjoittaa ({error}).&lt;/b&gt; Mitään ei lähetetä ilman päiväkirjamerkintää; lähetetyt on lueteltu alla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} captured, {refused} refused, {failed} failed.</source>
        <translation>Joukkoajo: aktivoitu {succeeded}, hylätty {refused}, epäonnistui {failed}.</translation>
    </message>
    <message>
        <source>Bulk run: {succeeded} extended, {refused} refused, {failed} failed.</source>
        <translation>Joukkoajo: pidennetty {succeeded}, hylätty {refused}, epäonnistui {failed}.</translation>
    </message>
    <message>
        <source>The bulk run stopped: {error}. Check the orders&apos; History.</source>
        <translation>Joukkoajo pysähtyi: {error}. Tarkista tilausten historia.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Tallenna raportti CSV:nä</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the &amp;order…</source>
        <translation>Peruuta &amp;tilaus…</translation>
    </message>
    <message>
        <source>&amp;Keep the order</source>
        <translation>&amp;Säilytä tilaus</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Tilauksen summa</translation>
    </message>
    <message>
        <source>Still authorized</source>
        <translation>Vielä varattu</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cancelling releases the whole authorization: the customer is not charged, and the order can no longer be captured, changed or extended. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Peruutus vapauttaa koko varauksen: asiakasta ei veloiteta, eikä tilausta voi enää aktivoida, muuttaa eikä pidentää. Tätä ei voi perua.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{customer} will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asiakkaalta {customer} ei veloiteta summaa {amount}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer will not be charged {amount}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asiakkaalta ei veloiteta summaa {amount}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel order {order} and release {amount}?</source>
        <translation>Peruutetaanko tilaus {order} ja vapautetaan {amount}?</translation>
    </message>
    <message>
        <source>Cancel order, release {amount}</source>
        <translation>Peruuta tilaus, vapauta {amount}</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Aktivoi…</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Tilauksen summa</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivoitu</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Aktivoimatta</translation>
    </message>
    <message>
        <source>How much to capture</source>
        <translation>Aktivoitava määrä</translation>
    </message>
    <message>
        <source>The &amp;remaining amount</source>
        <translation>&amp;Jäljellä oleva summa</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>&amp;Osa siitä, summana</translation>
    </message>
    <message>
        <source>By &amp;lines and quantities</source>
        <translation>&amp;Riveittäin ja määrittäin</translation>
    </message>
    <message>
        <source>Amount to capture</source>
        <translation>Aktivoitava summa</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Summa</translation>
    </message>
    <message>
        <source>Each capture becomes its own invoice or payment instruction for the customer.</source>
        <translation>Jokaisesta aktivoinnista tulee asiakkaalle oma lasku tai maksuohje.</translation>
    </message>
    <message>
        <source>Lines to capture</source>
        <translation>Aktivoitavat rivit</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Rivit: ongelma</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Kuvaus</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Näytetään asiakkaalle.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>&amp;Viite</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Näkyy tilitystiedostoissasi.</translation>
    </message>
    <message>
        <source>Shipments sent with this capture (optional)</source>
        <translation>Tämän aktivoinnin mukana lähetetyt toimitukset (valinnainen)</translation>
    </message>
    <message>
        <source>The &amp;remaining amount ({amount})</source>
        <translation>&amp;Jäljellä oleva summa ({amount})</translation>
    </message>
    <message>
        <source>Pick at least one unit of a line to capture.</source>
        <translation>Valitse aktivoitavaksi vähintään yksi kappale jostakin rivistä.</translation>
    </message>
    <message>
        <source>Klarna charges {customer} {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna veloittaa asiakkaalta {customer} summan {amount} ja aloittaa tilityksen sinulle sekä asiakkaan laskutuksen.</translation>
    </message>
    <message>
        <source>Klarna charges the customer {amount} and starts the payout to you and the customer&apos;s billing.</source>
        <translation>Klarna veloittaa asiakkaalta summan {amount} ja aloittaa tilityksen sinulle sekä asiakkaan laskutuksen.</translation>
    </message>
    <message>
        <source>That is everything still authorized.</source>
        <translation>Se on kaikki, mitä on vielä varattuna.</translation>
    </message>
    <message>
        <source>{amount} stays authorized for later captures.</source>
        <translation>{amount} jää varatuksi myöhempiä aktivointeja varten.</translation>
    </message>
    <message>
        <source>Capture {amount} on order {order}?</source>
        <translation>Aktivoidaanko {amount} tilauksesta {order}?</translation>
    </message>
    <message>
        <source>Capture {amount}</source>
        <translation>Aktivoi {amount}</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;PRODUCTION: this is a real Klarna account; real money moves and the customer is told.&lt;/p&gt;&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b91c1c; font-weight:600;&apos;&gt;TUOTANTO: tämä on oikea Klarna-tili; oikeaa rahaa liikkuu ja asiakkaalle ilmoitetaan.&lt;/p&gt;&lt;p&gt;Profiili &lt;b&gt;{profile}&lt;/b&gt; · {environment}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simulated on this computer, no real money.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profiili &lt;b&gt;{profile}&lt;/b&gt; · {environment}: simuloitu tällä tietokoneella, ei oikeaa rahaa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Profile &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarna&apos;s test environment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Profiili &lt;b&gt;{profile}&lt;/b&gt; · {environment}: Klarnan testiympäristö.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Go back without sending</source>
        <translation>Takaisin lähettämättä</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <source>order_id</source>
        <translation>tilaustunnus</translation>
    </message>
    <message>
        <source>klarna_reference</source>
        <translation>klarna_viite</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>fraud_status</source>
        <translation>petostarkistus</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuutta</translation>
    </message>
    <message>
        <source>order_amount</source>
        <translation>tilauksen_summa</translation>
    </message>
    <message>
        <source>captured_amount</source>
        <translation>aktivoitu_summa</translation>
    </message>
    <message>
        <source>refunded_amount</source>
        <translation>hyvitetty_summa</translation>
    </message>
    <message>
        <source>remaining_amount</source>
        <translation>jäljellä_oleva_summa</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>luotu</translation>
    </message>
    <message>
        <source>expires_at</source>
        <translation>vanhenee</translation>
    </message>
    <message>
        <source>merchant_reference1</source>
        <translation>kauppiaan_viite1</translation>
    </message>
    <message>
        <source>merchant_reference2</source>
        <translation>kauppiaan_viite2</translation>
    </message>
    <message>
        <source>customer_name</source>
        <translation>asiakkaan_nimi</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>postal_code</source>
        <translation>postinumero</translation>
    </message>
</context>
<context>
    <name>CsvKinds</name>
    <message>
        <source>CSV for a spreadsheet, in your language&apos;s format (*.csv)</source>
        <translation>CSV taulukkolaskentaan, kielesi muotoilulla (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV for programs (*.csv)</source>
        <translation>Pelkkä CSV ohjelmille (*.csv)</translation>
    </message>
</context>
<context>
    <name>DialogFields</name>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
</context>
<context>
    <name>DialogPanels</name>
    <message>
        <source>Error code</source>
        <translation>Virhekoodi</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Virheilmoitus</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelaatiotunnus</translation>
    </message>
    <message>
        <source>Copy correlation id</source>
        <translation>Kopioi korrelaatiotunnus</translation>
    </message>
    <message>
        <source>Klarna refused the request</source>
        <translation>Klarna hylkäsi pyynnön</translation>
    </message>
    <message>
        <source>{code} (HTTP {status})</source>
        <translation>{code} (HTTP {status})</translation>
    </message>
    <message>
        <source>Correlation id: {id}</source>
        <translation>Korrelaatiotunnus: {id}</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Aktivointi</translation>
    </message>
    <message>
        <source>{capture} · {when} · {amount}, {refunded} refunded</source>
        <translation>{capture} · {when} · {amount}, hyvitetty {refunded}</translation>
    </message>
    <message>
        <source>{capture} · {when} · {amount}</source>
        <translation>{capture} · {when} · {amount}</translation>
    </message>
</context>
<context>
    <name>DialogPlurals</name>
    <message numerus="yes">
        <source>%n line(s) go on the invoice.</source>
        <translation>
            <numerusform>%n rivi tulee laskulle.</numerusform>
            <numerusform>%n riviä tulee laskulle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) are reported with it.</source>
        <translation>
            <numerusform>Sen mukana ilmoitetaan %n toimitus.</numerusform>
            <numerusform>Sen mukana ilmoitetaan %n toimitusta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The order&apos;s lines are replaced by the %n shown.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Tilauksen rivit korvataan näytetyllä %n rivillä.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Tilauksen rivit korvataan näytetyillä %n rivillä.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days — fee {fee}</source>
        <translation>
            <numerusform>%n päivä — palkkio {fee}</numerusform>
            <numerusform>%n päivää — palkkio {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the due date of capture {capture} (order {order}) by %n days, for a fee of {fee}?</source>
        <translation>
            <numerusform>Pidennetäänkö aktivoinnin {capture} (tilaus {order}) eräpäivää %n päivällä? Palkkio: {fee}.</numerusform>
            <numerusform>Pidennetäänkö aktivoinnin {capture} (tilaus {order}) eräpäivää %n päivällä? Palkkio: {fee}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Klarna charges you {fee}. The new due date is %n days after the current one; {customer} gets longer to pay and is told by Klarna. (Klarna&apos;s API does not give the current due date, so the console cannot show it as a date.)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Klarna veloittaa sinulta palkkion {fee}. Uusi eräpäivä on %n päivä nykyisen jälkeen; asiakas {customer} saa enemmän maksuaikaa, ja Klarna ilmoittaa siitä hänelle. (Klarnan API ei kerro nykyistä eräpäivää, joten konsoli ei voi näyttää sitä päivämääränä.)&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Klarna veloittaa sinulta palkkion {fee}. Uusi eräpäivä on %n päivää nykyisen jälkeen; asiakas {customer} saa enemmän maksuaikaa, ja Klarna ilmoittaa siitä hänelle. (Klarnan API ei kerro nykyistä eräpäivää, joten konsoli ei voi näyttää sitä päivämääränä.)&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend by %n days, pay {fee}</source>
        <translation>
            <numerusform>Pidennä %n päivä, palkkio {fee}</numerusform>
            <numerusform>Pidennä %n päivää, palkkio {fee}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full</source>
        <translation>
            <numerusform>Aktivoi %n valittu tilaus kokonaan</numerusform>
            <numerusform>Aktivoi %n valittua tilausta kokonaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n selected order(s)</source>
        <translation>
            <numerusform>Pidennä %n valitun tilauksen varausta</numerusform>
            <numerusform>Pidennä %n valitun tilauksen varausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n selected order(s)…</source>
        <translation>
            <numerusform>Tarkistetaan %n valittu tilaus…</numerusform>
            <numerusform>Tarkistetaan %n valittua tilausta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Lähetettäviä tilauksia: &lt;b&gt;{allowed}&lt;/b&gt;/%n.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Lähetettäviä tilauksia: &lt;b&gt;{allowed}&lt;/b&gt;/%n.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;{allowed}&lt;/b&gt; of %n order(s) will be sent ({resumed} resumed with their original keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Lähetettäviä tilauksia: &lt;b&gt;{allowed}&lt;/b&gt;/%n (alkuperäisillä avaimilla jatketaan: {resumed}).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Lähetettäviä tilauksia: &lt;b&gt;{allowed}&lt;/b&gt;/%n (alkuperäisillä avaimilla jatketaan: {resumed}).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be captured:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Aktivointi ei onnistu: &lt;b&gt;%n&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;Aktivointi ei onnistu: &lt;b&gt;%n&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; cannot be extended:&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Pidennys ei onnistu: &lt;b&gt;%n&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
            <numerusform>&lt;p&gt;Pidennys ei onnistu: &lt;b&gt;%n&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{reasons}&lt;/ul&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were already done before (by an earlier run or from the order&apos;s own dialog, as the journal shows) and are skipped.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Tehty jo aiemmin (aiemmassa ajossa tai tilauksen omasta ikkunasta, päiväkirjan mukaan), joten ohitetaan: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Tehty jo aiemmin (aiemmassa ajossa tai tilauksen omasta ikkunasta, päiväkirjan mukaan), joten ohitetaan: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)…</source>
        <translation>
            <numerusform>Aktivoi %n tilaus…</numerusform>
            <numerusform>Aktivoi %n tilausta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)…</source>
        <translation>
            <numerusform>Pidennä %n tilaus…</numerusform>
            <numerusform>Pidennä %n tilausta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s) in full?</source>
        <translation>
            <numerusform>Aktivoidaanko %n tilaus kokonaan?</numerusform>
            <numerusform>Aktivoidaanko %n tilausta kokonaan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the authorization of %n order(s)?</source>
        <translation>
            <numerusform>Pidennetäänkö %n tilauksen varausta?</numerusform>
            <numerusform>Pidennetäänkö %n tilauksen varausta?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n selected order(s) are left out (not allowed).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n valittu tilaus jätetään pois (ei sallittu).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n valittua tilausta jätetään pois (ei sallittu).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n order(s)</source>
        <translation>
            <numerusform>Aktivoi %n tilaus</numerusform>
            <numerusform>Aktivoi %n tilausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend %n order(s)</source>
        <translation>
            <numerusform>Pidennä %n tilaus</numerusform>
            <numerusform>Pidennä %n tilausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n order(s)…</source>
        <translation>
            <numerusform>Aktivoidaan %n tilaus…</numerusform>
            <numerusform>Aktivoidaan %n tilausta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extending the authorization of %n order(s)…</source>
        <translation>
            <numerusform>Pidennetään varausaikaa: %n tilaus…</numerusform>
            <numerusform>Pidennetään varausaikaa: %n tilausta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (Klarna allows {limit} a second; pacing at {rate})</source>
        <translation>
            <numerusform>%n pyyntö lähetetty viimeisen sekunnin aikana (Klarna sallii {limit} sekunnissa; tahti {rate})</numerusform>
            <numerusform>%n pyyntöä lähetetty viimeisen sekunnin aikana (Klarna sallii {limit} sekunnissa; tahti {rate})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in the last second (pacing at {rate} until Klarna announces its limit)</source>
        <translation>
            <numerusform>%n pyyntö lähetetty viimeisen sekunnin aikana (tahti {rate}, kunnes Klarna ilmoittaa rajansa)</numerusform>
            <numerusform>%n pyyntöä lähetetty viimeisen sekunnin aikana (tahti {rate}, kunnes Klarna ilmoittaa rajansa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered 429</source>
        <translation>
            <numerusform>429-vastauksia: %n</numerusform>
            <numerusform>429-vastauksia: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; captured.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Aktivoitu: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Aktivoitu: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; extended.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Pidennetty: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Pidennetty: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; refused by Klarna: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Klarna hylkäsi: &lt;b&gt;%n&lt;/b&gt; ({codes})&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Klarna hylkäsi: &lt;b&gt;%n&lt;/b&gt; ({codes})&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; not allowed, so not sent: {codes}&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ei sallittu, joten ei lähetetty: &lt;b&gt;%n&lt;/b&gt; ({codes})&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ei sallittu, joten ei lähetetty: &lt;b&gt;%n&lt;/b&gt; ({codes})&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; failed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Epäonnistui: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Epäonnistui: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; got no answer (Run again resumes them with their keys).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ei vastausta: &lt;b&gt;%n&lt;/b&gt; (Aja uudelleen jatkaa niitä niiden avaimilla).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ei vastausta: &lt;b&gt;%n&lt;/b&gt; (Aja uudelleen jatkaa niitä niiden avaimilla).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were not sent (stopped).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ei lähetetty (pysäytetty): &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ei lähetetty (pysäytetty): &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n&lt;/b&gt; were done before or by another window, so not sent again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Tehty aiemmin tai toisessa ikkunassa, joten ei lähetetty uudelleen: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Tehty aiemmin tai toisessa ikkunassa, joten ei lähetetty uudelleen: &lt;b&gt;%n&lt;/b&gt;.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to {path}.</source>
        <translation>
            <numerusform>Viety %Ln tilaus tiedostoon {path}.</numerusform>
            <numerusform>Viety %Ln tilausta tiedostoon {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order id(s) found.</source>
        <translation>
            <numerusform>Löytyi %n tilaustunnus.</numerusform>
            <numerusform>Löytyi %n tilaustunnusta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without an order id will be skipped.</source>
        <translation>
            <numerusform>%n rivi ilman tilaustunnusta ohitetaan.</numerusform>
            <numerusform>%n riviä ilman tilaustunnusta ohitetaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched {fetched} of %n order(s).</source>
        <translation>
            <numerusform>Haettu {fetched}/%n tilaus.</numerusform>
            <numerusform>Haettu {fetched}/%n tilausta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n were not fetched.</source>
        <translation>
            <numerusform>Peruttu: %n jäi hakematta.</numerusform>
            <numerusform>Peruttu: %n jäi hakematta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Klarna does not know %n of them (wrong id, or another store):</source>
        <translation>
            <numerusform>Klarna ei tunne %n niistä (väärä tunnus tai toinen kauppa):</numerusform>
            <numerusform>Klarna ei tunne %n niistä (väärä tunnus tai toinen kauppa):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched:</source>
        <translation>
            <numerusform>%n ei voitu hakea:</numerusform>
            <numerusform>%n ei voitu hakea:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogScreenshots</name>
    <message>
        <source>Parcel 1 of 2</source>
        <translation>Paketti 1/2</translation>
    </message>
    <message>
        <source>Returned: {name}</source>
        <translation>Palautettu: {name}</translation>
    </message>
    <message>
        <source>The customer cancelled one item before it shipped</source>
        <translation>Asiakas perui yhden tuotteen ennen sen lähettämistä</translation>
    </message>
    <message>
        <source>c/o Reception, 3rd floor</source>
        <translation>c/o Vastaanotto, 3. krs</translation>
    </message>
    <message>
        <source>Checked in the Merchant Portal: no capture on this order</source>
        <translation>Tarkistettu Merchant Portalista: tilauksella ei ole aktivointia</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>&amp;Extend due date…</source>
        <translation>&amp;Pidennä eräpäivää…</translation>
    </message>
    <message>
        <source>Extend the customer&apos;s due date by</source>
        <translation>Pidennä asiakkaan eräpäivää</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Vaihtoehdot</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Vaihtoehdot</translation>
    </message>
    <message>
        <source>Klarna charges you (the merchant) the fee; the customer simply gets longer to pay.</source>
        <translation>Klarna veloittaa palkkion sinulta (kauppiaalta); asiakas saa vain enemmän maksuaikaa.</translation>
    </message>
    <message>
        <source>Only pay-later purchases (such as Pay in 30 days) have a due date.</source>
        <translation>Eräpäivä on vain maksa myöhemmin -ostoissa (kuten 30 päivän maksuaika).</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Valitse aktivointi.</translation>
    </message>
    <message>
        <source>Fetching the options from Klarna…</source>
        <translation>Haetaan vaihtoehtoja Klarnasta…</translation>
    </message>
    <message>
        <source>Klarna offers no extension for this capture (its due date may have been extended already).</source>
        <translation>Klarna ei tarjoa pidennystä tälle aktivoinnille (sen eräpäivää on ehkä jo pidennetty).</translation>
    </message>
    <message>
        <source>Klarna did not give the options.</source>
        <translation>Klarna ei antanut vaihtoehtoja.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>Waiting for Klarna&apos;s options…</source>
        <translation>Odotetaan Klarnan vaihtoehtoja…</translation>
    </message>
    <message>
        <source>Choose by how many days.</source>
        <translation>Valitse, montako päivää.</translation>
    </message>
    <message>
        <source>There is nothing to choose.</source>
        <translation>Ei mitään valittavaa.</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <source>Production</source>
        <translation>Tuotanto</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Oma</translation>
    </message>
</context>
<context>
    <name>ExplainedDialog</name>
    <message>
        <source>What this does</source>
        <translation>Mitä tämä tekee</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Search first: the export writes the orders found.</source>
        <translation>Hae ensin: vienti kirjoittaa löydetyt tilaukset.</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Vie tilaukset CSV-tiedostoon</translation>
    </message>
    <message>
        <source>Exporting orders… {done} of {total}</source>
        <translation>Viedään tilauksia… {done}/{total}</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Tiedostoon {path} ei voitu kirjoittaa: {error}</translation>
    </message>
</context>
<context>
    <name>ExtendAuthorizationDialog</name>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Pidennä</translation>
    </message>
    <message>
        <source>Expires now</source>
        <translation>Vanhenee nyt</translation>
    </message>
    <message>
        <source>After extending</source>
        <translation>Pidennyksen jälkeen</translation>
    </message>
    <message>
        <source>Send anyway: this account&apos;s authorization period is longer than {days} days</source>
        <translation>Lähetä silti: tämän tilin varausaika on pidempi kuin {days} päivää</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Lähetä silti</translation>
    </message>
    <message>
        <source>Extending now would change nothing: the expiry would stay {expiry} (Klarna counts {days} days from today, the standard period, and never past 180 days after the purchase).</source>
        <translation>Pidentäminen nyt ei muuttaisi mitään: vanhenemispäivä pysyisi samana ({expiry}) (Klarna laskee {days} päivää tästä päivästä, mikä on vakioaika, eikä koskaan yli 180 päivän oston jälkeen).</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new date is no later than the current one: extending now changes nothing (Klarna counts from today, and never past 180 days after the purchase).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Uusi päivä ei ole nykyistä myöhäisempi: pidentäminen nyt ei muuta mitään (Klarna laskee tästä päivästä eikä koskaan yli 180 päivän oston jälkeen).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This reaches the limit of 180 days after the purchase; it cannot be extended again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tämä saavuttaa 180 päivän rajan oston jälkeen; varausta ei voi pidentää enää uudelleen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna extends the authorization from today by the account&apos;s period, so there is more time to capture. Klarna means this as an exception, not a routine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna pidentää varausta tästä päivästä tilin varausajan verran, joten aktivoinnille jää enemmän aikaa. Klarna tarkoittaa tämän poikkeukseksi, ei rutiiniksi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>{date} ({relative})</source>
        <translation>{date} ({relative})</translation>
    </message>
</context>
<context>
    <name>FirstPaint</name>
    <message>
        <source>There is no profile &apos;{name}&apos;; opened the Sandbox.</source>
        <translation>Profiilia &apos;{name}&apos; ei ole; avattiin Sandbox.</translation>
    </message>
    <message>
        <source>Could not open the local data of {profile}</source>
        <translation>Profiilin {profile} paikallisia tietoja ei voitu avata</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import order IDs</source>
        <translation>Tuo tilaustunnuksia</translation>
    </message>
    <message>
        <source>Paste Klarna order ids (one per line, or a CSV export with an order id column), or open a CSV file. Klarna&apos;s API has no search, so orders must be fetched once to be found here.</source>
        <translation>Liitä Klarnan tilaustunnukset (yksi riviä kohden, tai CSV-vienti, jossa on tilaustunnussarake) tai avaa CSV-tiedosto. Klarnan API:ssa ei ole hakua, joten tilaukset on haettava kerran, jotta ne löytyvät täältä.</translation>
    </message>
    <message>
        <source>Order ids to import</source>
        <translation>Tuotavat tilaustunnukset</translation>
    </message>
    <message>
        <source>No order ids yet.</source>
        <translation>Ei vielä tilaustunnuksia.</translation>
    </message>
    <message>
        <source>Order ids found</source>
        <translation>Löydetyt tilaustunnukset</translation>
    </message>
    <message>
        <source>Open CSV file…</source>
        <translation>Avaa CSV-tiedosto…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tuonnin edistyminen</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Tuontiraportti</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Open a CSV file with order ids</source>
        <translation>Avaa tilaustunnuksia sisältävä CSV-tiedosto</translation>
    </message>
    <message>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV tai teksti (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB</source>
        <translation>Tiedosto {file} on suurempi kuin {size} Mt</translation>
    </message>
    <message>
        <source>Could not read the file: {error}</source>
        <translation>Tiedostoa ei voitu lukea: {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done}/{total}</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <source>{action} of {amount}</source>
        <translation>{action} {amount}</translation>
    </message>
    <message>
        <source>{agent}, at {desk}</source>
        <translation>{agent}, {desk}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>juuri nyt</translation>
    </message>
    <message>
        <source>not applied (closed by hand)</source>
        <translation>ei tehty (suljettu käsin)</translation>
    </message>
    <message>
        <source>no answer yet · next try {time}</source>
        <translation>ei vielä vastausta · seuraava yritys {time}</translation>
    </message>
    <message>
        <source>no answer yet · check with Klarna</source>
        <translation>ei vielä vastausta · tarkista Klarnasta</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>lähetetään</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>onnistui</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
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
    <name>LinesEdit</name>
    <message>
        <source>physical</source>
        <translation>fyysinen</translation>
    </message>
    <message>
        <source>discount</source>
        <comment>line type</comment>
        <translation>alennus</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>toimitusmaksu</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>myyntivero</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>hyvityssaldo</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>lahjakortti</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digitaalinen</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>lisämaksu</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>palautusmaksu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>ALV %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Rivi {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Rivi {number}</translation>
    </message>
    <message>
        <source>{line}: {problem}</source>
        <translation>{line}: {problem}</translation>
    </message>
    <message>
        <source>{line}: discount {discount} is more than the line&apos;s {limit} (quantity × unit price); at most {limit}.</source>
        <translation>{line}: alennus {discount} on suurempi kuin rivin summa {limit} (määrä × yksikköhinta); enintään {limit}.</translation>
    </message>
    <message>
        <source>Computed: quantity × unit price − discount; tax included at the rate.</source>
        <translation>Laskettu: määrä × yksikköhinta − alennus; vero sisältyy verokannan mukaan.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>viite</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tyyppi</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>määrä</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>yksikköhinta</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>alennus</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>verokanta</translation>
    </message>
    <message>
        <source>{typed} is not a line type; use one of {types}</source>
        <translation>{typed} ei ole rivityyppi; käytä jotakin näistä: {types}</translation>
    </message>
    <message>
        <source>quantity must be a whole number from 0 to {max}; {typed} is not</source>
        <translation>määrän on oltava kokonaisluku 0–{max}; {typed} ei kelpaa</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Rivityyppi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Aktivoi…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Hyvitä…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>&amp;Peruuta tilaus…</translation>
    </message>
    <message>
        <source>Re&amp;lease remaining authorization…</source>
        <translation>&amp;Vapauta jäljellä oleva varaus…</translation>
    </message>
    <message>
        <source>E&amp;xtend authorization time…</source>
        <translation>Pi&amp;dennä varauksen voimassaoloaikaa…</translation>
    </message>
    <message>
        <source>Update order &amp;amount and lines…</source>
        <translation>&amp;Muuta tilauksen summaa ja rivejä…</translation>
    </message>
    <message>
        <source>Edit shipping &amp;address…</source>
        <translation>Muokkaa toimitus&amp;osoitetta…</translation>
    </message>
    <message>
        <source>&amp;Merchant references…</source>
        <translation>&amp;Kauppiaan viitteet…</translation>
    </message>
    <message>
        <source>Add &amp;shipping info…</source>
        <translation>Lisää &amp;toimitustiedot…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>K&amp;uittaa</translation>
    </message>
    <message>
        <source>Add shipping info to capture…</source>
        <translation>Lisää toimitustiedot aktivointiin…</translation>
    </message>
    <message>
        <source>Extend &amp;due date…</source>
        <translation>Pidennä &amp;eräpäivää…</translation>
    </message>
    <message>
        <source>Resend customer &amp;communication…</source>
        <translation>Lähetä a&amp;siakasviesti uudelleen…</translation>
    </message>
    <message>
        <source>Lines tab</source>
        <translation>Rivit-välilehti</translation>
    </message>
    <message>
        <source>Captures tab</source>
        <translation>Aktivoinnit-välilehti</translation>
    </message>
    <message>
        <source>Refunds tab</source>
        <translation>Hyvitykset-välilehti</translation>
    </message>
    <message>
        <source>Shipping tab</source>
        <translation>Toimitus-välilehti</translation>
    </message>
    <message>
        <source>Customer tab</source>
        <translation>Asiakas-välilehti</translation>
    </message>
    <message>
        <source>History tab</source>
        <translation>Historia-välilehti</translation>
    </message>
    <message>
        <source>Raw tab</source>
        <translation>Raaka-välilehti</translation>
    </message>
    <message>
        <source>Klarna Order Console</source>
        <translation>Klarna Order Console</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktiivinen profiili</translation>
    </message>
    <message>
        <source>Environment of the active profile</source>
        <translation>Aktiivisen profiilin ympäristö</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>VAIN LUKU</translation>
    </message>
    <message>
        <source>&amp;Refresh order</source>
        <translation>P&amp;äivitä tilaus</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toiminnot</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Lisää toimintoja</translation>
    </message>
    <message>
        <source>More order actions</source>
        <translation>Lisää tilauksen toimintoja</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Import order IDs…</source>
        <translation>&amp;Tuo tilaustunnuksia…</translation>
    </message>
    <message>
        <source>&amp;Export orders…</source>
        <translation>&amp;Vie tilaukset…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiilit…</translation>
    </message>
    <message>
        <source>Reset sandbox demo data…</source>
        <translation>Palauta hiekkalaatikon esittelytiedot…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Find orders</source>
        <translation>&amp;Etsi tilauksia</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>T&amp;ilaus</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <translation>&amp;Joukko</translation>
    </message>
    <message>
        <source>Capture selected orders in full…</source>
        <translation>Aktivoi valitut tilaukset kokonaan…</translation>
    </message>
    <message>
        <source>Extend authorization of selected orders…</source>
        <translation>Pidennä valittujen tilausten varausta…</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>Ti&amp;litykset</translation>
    </message>
    <message>
        <source>&amp;Payouts…</source>
        <translation>&amp;Tilitykset…</translation>
    </message>
    <message>
        <source>&amp;Sync payouts now</source>
        <translation>&amp;Synkronoi tilitykset nyt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About Klarna Order Console</source>
        <translation>&amp;Tietoja: Klarna Order Console</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>The language changes when Klarna Order Console is next started.</source>
        <translation>Kieli vaihtuu, kun Klarna Order Console käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komento</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Valikko</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Sarkain / Shift+Sarkain</translation>
    </message>
    <message>
        <source>Move between the search box, the results and the order</source>
        <translation>Siirry hakukentän, tulosten ja tilauksen välillä</translation>
    </message>
    <message>
        <source>Show the previous or next order in the results</source>
        <translation>Näytä tulosten edellinen tai seuraava tilaus</translation>
    </message>
    <message>
        <source>Shift+↑ ↓, Shift+click</source>
        <translation>Shift+↑ ↓, Shift+napsautus</translation>
    </message>
    <message>
        <source>Select a range of orders (for Bulk and Export)</source>
        <translation>Valitse tilausväli (joukkotoimintoja ja vientiä varten)</translation>
    </message>
    <message>
        <source>Ctrl+click, Ctrl+A</source>
        <translation>Ctrl+napsautus, Ctrl+A</translation>
    </message>
    <message>
        <source>Add an order to the selection; select all</source>
        <translation>Lisää tilaus valintaan; valitse kaikki</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the order and move to its tabs</source>
        <translation>Avaa tilaus ja siirry sen välilehtiin</translation>
    </message>
    <message>
        <source>Klarna Order Console — {profile} ({environment})</source>
        <translation>Klarna Order Console — {profile} ({environment})</translation>
    </message>
    <message>
        <source>Open an order first.</source>
        <translation>Avaa ensin tilaus.</translation>
    </message>
    <message>
        <source>{action}: not possible. {reason}</source>
        <translation>{action}: ei mahdollista. {reason}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Copy correlation id</source>
        <translation>Kopioi korrelaatiotunnus</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Sulje viesti</translation>
    </message>
    <message>
        <source>{message}  (correlation id {id})</source>
        <translation>{message}  (korrelaatiotunnus {id})</translation>
    </message>
    <message>
        <source>{context}: {message}</source>
        <translation>{context}: {message}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopioitu</translation>
    </message>
</context>
<context>
    <name>OpenWritePanel</name>
    <message>
        <source>Earlier action without an answer</source>
        <translation>Aiempi toiminto ilman vastausta</translation>
    </message>
    <message>
        <source>Send &amp;again with the same key</source>
        <translation>Lähetä &amp;uudelleen samalla avaimella</translation>
    </message>
    <message>
        <source>Send again with the same idempotency key</source>
        <translation>Lähetä uudelleen samalla idempotenssiavaimella</translation>
    </message>
    <message>
        <source>Chec&amp;k with Klarna</source>
        <translation>Tar&amp;kista Klarnasta</translation>
    </message>
    <message>
        <source>Check with Klarna</source>
        <translation>Tarkista Klarnasta</translation>
    </message>
    <message>
        <source>What Klarna shows</source>
        <translation>Mitä Klarna näyttää</translation>
    </message>
    <message>
        <source>Why you are sure it was not applied, e.g. checked in the Merchant Portal</source>
        <translation>Miksi olet varma, ettei sitä tehty, esim. tarkistettu Merchant Portalista</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>&amp;Mark not applied</source>
        <translation>&amp;Merkitse tekemättömäksi</translation>
    </message>
    <message>
        <source>Mark not applied</source>
        <translation>Merkitse tekemättömäksi</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Huomautus:</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Klarna&apos;s status of the order</source>
        <translation>Klarnan tila tilaukselle</translation>
    </message>
    <message>
        <source>Worked out by the console from the order&apos;s refunds</source>
        <translation>Konsolin päättelemä tilauksen hyvityksistä</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Refresh order</source>
        <translation>Päivitä tilaus</translation>
    </message>
    <message>
        <source>Read the order from Klarna again (Ctrl+R)</source>
        <translation>Lue tilaus uudelleen Klarnasta (Ctrl+R)</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>Tilauksen summa</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivoitu</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <source>Remaining to capture</source>
        <translation>Aktivoimatta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vanhenee</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Maksu</translation>
    </message>
    <message>
        <source>Merchant references</source>
        <translation>Kauppiaan viitteet</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Tilaustunnus</translation>
    </message>
    <message>
        <source>Read from Klarna</source>
        <translation>Luettu Klarnasta</translation>
    </message>
    <message>
        <source>Merchant refs</source>
        <translation>Kaup. viitteet</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Tilaus {order}</translation>
    </message>
    <message>
        <source>Fraud: {status}</source>
        <translation>Petostarkistus: {status}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>Nothing is left to capture, so the authorization&apos;s expiry no longer matters.</source>
        <translation>Aktivoitavaa ei ole jäljellä, joten varauksen vanhenemisella ei ole enää merkitystä.</translation>
    </message>
    <message>
        <source>⚠ {expiry}: capture or extend soon</source>
        <translation>⚠ {expiry}: aktivoi tai pidennä pian</translation>
    </message>
    <message>
        <source>{expiry}: expired</source>
        <translation>{expiry}: vanhentunut</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Authorized</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Osittain aktivoitu</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivoitu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
</context>
<context>
    <name>OrderTabs</name>
    <message>
        <source>physical</source>
        <translation>fyysinen</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digitaalinen</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>alennus</translation>
    </message>
    <message>
        <source>shipping fee</source>
        <translation>toimitusmaksu</translation>
    </message>
    <message>
        <source>sales tax</source>
        <translation>myyntivero</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>hyvityssaldo</translation>
    </message>
    <message>
        <source>gift card</source>
        <translation>lahjakortti</translation>
    </message>
    <message>
        <source>surcharge</source>
        <translation>lisämaksu</translation>
    </message>
    <message>
        <source>return fee</source>
        <translation>palautusmaksu</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Verokanta</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Vero</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Huomautus: {note}</translation>
    </message>
    <message>
        <source>Attn: {name}</source>
        <translation>Vastaanottaja: {name}</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Toimitusosoite</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Klarna does not let merchants change it (risk assessment).</source>
        <translation>Klarna ei salli kauppiaan muuttaa sitä (riskiarvio).</translation>
    </message>
    <message>
        <source>Can be changed while the order is open.</source>
        <translation>Voidaan muuttaa, kun tilaus on avoinna.</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Syntymäaika: {date}</translation>
    </message>
    <message>
        <source>National id: •••• {last_digits}</source>
        <translation>Henkilötunnus: •••• {last_digits}</translation>
    </message>
    <message>
        <source>Country: {country} · Locale: {locale}</source>
        <translation>Maa: {country} · Kieliasetus: {locale}</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>Search for an order on the left, or paste an order id.</source>
        <translation>Hae tilausta vasemmalta tai liitä tilaustunnus.</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-viite</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivoitu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Toimitukset</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Capture id</source>
        <translation>Aktivointitunnus</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>Refund id</source>
        <translation>Hyvitystunnus</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kuljetusliike</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Toimitustapa</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Seurantakoodi</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Palautuksen kuljetusliike</translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation>Palautuksen seuranta</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Seurantalinkki</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Recorded by another window ({window})</source>
        <translation>Kirjattu toisesta ikkunasta ({window})</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelaatiotunnus</translation>
    </message>
    <message>
        <source>Result id</source>
        <translation>Tulostunnus</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenssiavain</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Tilauksen tiedot</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Tilausrivit</translation>
    </message>
    <message>
        <source>This order has no lines.</source>
        <translation>Tilauksella ei ole rivejä.</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Aktivoinnit</translation>
    </message>
    <message>
        <source>Nothing has been captured yet.</source>
        <translation>Mitään ei ole vielä aktivoitu.</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Hyvitykset</translation>
    </message>
    <message>
        <source>Nothing has been refunded.</source>
        <translation>Mitään ei ole hyvitetty.</translation>
    </message>
    <message>
        <source>Shipping information</source>
        <translation>Toimitustiedot</translation>
    </message>
    <message>
        <source>No shipping information yet: add carriers and tracking numbers with Order → Add shipping info, or when capturing.</source>
        <translation>Ei vielä toimitustietoja: lisää kuljetusliikkeet ja seurantakoodit kohdasta Tilaus → Lisää toimitustiedot tai aktivoinnin yhteydessä.</translation>
    </message>
    <message>
        <source>Selected shipping option</source>
        <translation>Valittu toimitustapa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Nothing has been done to this order from this console yet.

Every capture, refund and change sent from here is listed, with Klarna&apos;s answer and correlation id. Klarna&apos;s API keeps no history of its own; its Merchant Portal keeps about a week of API logs.</source>
        <translation>Tälle tilaukselle ei ole vielä tehty mitään tästä konsolista.

Jokainen täältä lähetetty aktivointi, hyvitys ja muutos näkyy tässä Klarnan vastauksen ja korrelaatiotunnuksen kanssa. Klarnan API ei säilytä omaa historiaa; sen Merchant Portal säilyttää API-lokeja noin viikon ajan.</translation>
    </message>
    <message>
        <source>Order as JSON</source>
        <translation>Tilaus JSON-muodossa</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Rivit</translation>
    </message>
    <message>
        <source>&amp;Captures</source>
        <translation>&amp;Aktivoinnit</translation>
    </message>
    <message>
        <source>Re&amp;funds</source>
        <translation>&amp;Hyvitykset</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;Toimitus</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>A&amp;siakas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>H&amp;istoria</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>Raa&amp;ka</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Capture {capture}</source>
        <translation>Aktivointi {capture}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: none recorded.</source>
        <translation>Kassalla valittu toimitustapa: ei tallennettu.</translation>
    </message>
    <message>
        <source>pick-up at {place}</source>
        <translation>nouto: {place}</translation>
    </message>
    <message>
        <source>Shipping option chosen at checkout: {option}</source>
        <translation>Kassalla valittu toimitustapa: {option}</translation>
    </message>
</context>
<context>
    <name>PayoutColumns</name>
    <message>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>ei synkronoitu</translation>
    </message>
    <message>
        <source>{fee}: {amount} + VAT {vat}</source>
        <translation>{fee}: {amount} + ALV {vat}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Tilitetty</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that paid this capture (payment reference as on the bank statement)</source>
        <translation>Klarnan tilitys, jolla tämä aktivointi maksettiin (maksun viite kuten tiliotteella)</translation>
    </message>
    <message>
        <source>In no synced payout yet (Payouts → Sync payouts now)</source>
        <translation>Ei vielä missään synkronoidussa tilityksessä (Tilitykset → Synkronoi tilitykset nyt)</translation>
    </message>
    <message>
        <source>Klarna fees</source>
        <translation>Klarnan palkkiot</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>Vähennetty</translation>
    </message>
    <message>
        <source>Klarna&apos;s payout that deducted this refund</source>
        <translation>Klarnan tilitys, josta tämä hyvitys vähennettiin</translation>
    </message>
    <message>
        <source>In no synced payout yet</source>
        <translation>Ei vielä missään synkronoidussa tilityksessä</translation>
    </message>
</context>
<context>
    <name>PayoutsController</name>
    <message>
        <source>Could not sync Klarna&apos;s payouts</source>
        <translation>Klarnan tilityksiä ei voitu synkronoida</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: payouts {done}/{total}</source>
        <translation>Synkronoidaan Klarnan tilityksiä: tilitykset {done}/{total}</translation>
    </message>
    <message>
        <source>Syncing Klarna&apos;s payouts: new orders {done}/{total}</source>
        <translation>Synkronoidaan Klarnan tilityksiä: uudet tilaukset {done}/{total}</translation>
    </message>
    <message>
        <source>{reference} is Klarna&apos;s payout of {date}: {amount} paid out. Its orders are listed; Payouts → Payouts… shows its sales, returns and fees.</source>
        <translation>{reference} on Klarnan tilitys päivältä {date}: tilitetty {amount}. Sen tilaukset on lueteltu; Tilitykset → Tilitykset… näyttää sen myynnit, palautukset ja palkkiot.</translation>
    </message>
    <message>
        <source>Save Klarna&apos;s {format} report</source>
        <translation>Tallenna Klarnan raportti ({format})</translation>
    </message>
    <message>
        <source>{format} files (*.{extension})</source>
        <translation>{format}-tiedostot (*.{extension})</translation>
    </message>
    <message>
        <source>Could not save the {format} report</source>
        <translation>Raporttia ({format}) ei voitu tallentaa</translation>
    </message>
    <message>
        <source>Saved Klarna&apos;s report of payout {reference} to {path}.</source>
        <translation>Klarnan raportti tilityksestä {reference} tallennettu: {path}.</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Vie tilitykset</translation>
    </message>
    <message>
        <source>Could not export the payouts</source>
        <translation>Tilityksiä ei voitu viedä</translation>
    </message>
</context>
<context>
    <name>PayoutsView</name>
    <message>
        <source>Payouts</source>
        <translation>Tilitykset</translation>
    </message>
    <message>
        <source>Payouts from</source>
        <translation>Tilitykset alkaen</translation>
    </message>
    <message>
        <source>Payouts until</source>
        <translation>Tilitykset asti</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Kaikki valuutat</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkronoi nyt</translation>
    </message>
    <message>
        <source>Read Klarna&apos;s payouts since the From date (at least the last 90 days) and fetch the orders they name</source>
        <translation>Lue Klarnan tilitykset alkupäivästä lähtien (vähintään 90 viimeistä päivää) ja hae niissä mainitut tilaukset</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Py&amp;säytä</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synkronoinnin edistyminen</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkronoinnin tila</translation>
    </message>
    <message>
        <source>Payout date</source>
        <translation>Tilityspäivä</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Maksun viite</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Myynnit</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Palautukset</translation>
    </message>
    <message>
        <source>Fees + VAT</source>
        <translation>Palkkiot + ALV</translation>
    </message>
    <message>
        <source>Debt repaid</source>
        <translation>Velkaa maksettu</translation>
    </message>
    <message>
        <source>New debt: {amount}</source>
        <translation>Uutta velkaa: {amount}</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Tilitetty</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synkronoitu</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>No payouts synced for these dates.

Sync now reads them from Klarna.</source>
        <translation>Näille päiville ei ole synkronoitu tilityksiä.

Synkronoi nyt lukee ne Klarnasta.</translation>
    </message>
    <message>
        <source>Totals of the listed payouts</source>
        <translation>Lueteltujen tilitysten summat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Capture / refund</source>
        <translation>Aktivointi / hyvitys</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Merchant ref.</source>
        <translation>Kaup. viite</translation>
    </message>
    <message>
        <source>Transactions of the selected payout</source>
        <translation>Valitun tilityksen tapahtumat</translation>
    </message>
    <message>
        <source>Choose a payout to see its sales, returns and fees.</source>
        <translation>Valitse tilitys nähdäksesi sen myynnit, palautukset ja palkkiot.</translation>
    </message>
    <message>
        <source>Save Klarna &amp;CSV…</source>
        <translation>Tallenna Klarnan &amp;CSV…</translation>
    </message>
    <message>
        <source>Save Klarna &amp;PDF…</source>
        <translation>Tallenna Klarnan &amp;PDF…</translation>
    </message>
    <message>
        <source>Klarna&apos;s own {format} report of the selected payout</source>
        <translation>Klarnan oma raportti ({format}) valitusta tilityksestä</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Vie luettelo…</translation>
    </message>
    <message>
        <source>The listed payouts and their totals as a CSV file</source>
        <translation>Luetellut tilitykset ja niiden summat CSV-tiedostona</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;asti</translation>
    </message>
    <message>
        <source>Reading payouts…</source>
        <translation>Luetaan tilityksiä…</translation>
    </message>
    <message>
        <source>Payout transactions {done}/{total}</source>
        <translation>Tilitysten tapahtumat {done}/{total}</translation>
    </message>
    <message>
        <source>New orders {done}/{total}</source>
        <translation>Uudet tilaukset {done}/{total}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkronoitu</translation>
    </message>
    <message>
        <source>Stopped; Sync resumes</source>
        <translation>Pysäytetty; synkronointi jatkaa</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkronointi epäonnistui</translation>
    </message>
</context>
<context>
    <name>PickLines</name>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Saatavilla</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Yksikköhinta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Line {number} ({name})</source>
        <translation>Rivi {number} ({name})</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Rivi {number}</translation>
    </message>
    <message>
        <source>{line}: quantity at most {left} can be picked (what is left of the line).</source>
        <translation>{line}: määrä voi olla enintään {left} (rivistä jäljellä oleva).</translation>
    </message>
    <message>
        <source>{line}: quantity must be a whole number from 0 to {left}; {typed} cannot be typed.</source>
        <translation>{line}: määrän on oltava kokonaisluku 0–{left}; {typed} ei kelpaa.</translation>
    </message>
    <message>
        <source>{left} of {quantity}</source>
        <translation>{left}/{quantity}</translation>
    </message>
    <message>
        <source>Nothing of this line is left.</source>
        <translation>Tästä rivistä ei ole mitään jäljellä.</translation>
    </message>
    <message>
        <source>Quantity of {name}</source>
        <translation>Määrä: {name}</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n selected order(s)</source>
        <translation>
            <numerusform>%n valittu tilaus</numerusform>
            <numerusform>%n valittua tilausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %n selected order(s) in full…</source>
        <translation>
            <numerusform>Aktivoi %n valittu tilaus kokonaan…</numerusform>
            <numerusform>Aktivoi %n valittua tilausta kokonaan…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend authorization of %n selected order(s)…</source>
        <translation>
            <numerusform>Pidennä %n valitun tilauksen varausta…</numerusform>
            <numerusform>Pidennä %n valitun tilauksen varausta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected order(s)…</source>
        <translation>
            <numerusform>&amp;Vie %n valittu tilaus…</numerusform>
            <numerusform>&amp;Vie %n valittua tilausta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n order(s)…</source>
        <translation>
            <numerusform>&amp;Vie %n tilaus…</numerusform>
            <numerusform>&amp;Vie %n tilausta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuutti sitten</numerusform>
            <numerusform>%n minuuttia sitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln tilaus</numerusform>
            <numerusform>%Ln tilausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · {selected} selected</source>
        <translation>
            <numerusform>%Ln tilaus · valittu {selected}</numerusform>
            <numerusform>%Ln tilausta · valittu {selected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Authorizations that expire within %n day(s): capture or extend them</source>
        <translation>
            <numerusform>Varaukset, jotka vanhenevat %n päivän sisällä: aktivoi tai pidennä ne</numerusform>
            <numerusform>Varaukset, jotka vanhenevat %n päivän sisällä: aktivoi tai pidennä ne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captures older than %n day(s) (the usual payout delay) that are in no synced payout yet: ask Klarna, or sync payouts again</source>
        <translation>
            <numerusform>Yli %n päivän vanhat aktivoinnit (tavallinen tilitysviive), jotka eivät ole vielä missään synkronoidussa tilityksessä: kysy Klarnalta tai synkronoi tilitykset uudelleen</numerusform>
            <numerusform>Yli %n päivää vanhat aktivoinnit (tavallinen tilitysviive), jotka eivät ole vielä missään synkronoidussa tilityksessä: kysy Klarnalta tai synkronoi tilitykset uudelleen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s)</source>
        <translation>
            <numerusform>%Ln tilitys</numerusform>
            <numerusform>%Ln tilitystä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payout(s) · paid out {amount}</source>
        <translation>
            <numerusform>%Ln tilitys · tilitetty {amount}</numerusform>
            <numerusform>%Ln tilitystä · tilitetty {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days</source>
        <translation>
            <numerusform>Tilitykset synkronoitu: %Ln viimeisten {days} päivän ajalta</numerusform>
            <numerusform>Tilitykset synkronoitu: %Ln viimeisten {days} päivän ajalta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts synced: %Ln in the last {days} days, {found} new orders found</source>
        <translation>
            <numerusform>Tilitykset synkronoitu: %Ln viimeisten {days} päivän ajalta, uusia tilauksia löytyi {found}</numerusform>
            <numerusform>Tilitykset synkronoitu: %Ln viimeisten {days} päivän ajalta, uusia tilauksia löytyi {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln payout(s) to {path}.</source>
        <translation>
            <numerusform>Viety %Ln tilitys tiedostoon {path}.</numerusform>
            <numerusform>Viety %Ln tilitystä tiedostoon {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) started over 23 hours ago never got an answer, and their keys are too old to send again safely. Open each order and use Check with Klarna in its action: {orders}</source>
        <translation>
            <numerusform>%n yli 23 tuntia sitten aloitettu toiminto ei koskaan saanut vastausta, ja sen avain on liian vanha lähetettäväksi turvallisesti uudelleen. Avaa tilaus ja käytä toiminnon Tarkista Klarnasta -painiketta: {orders}</numerusform>
            <numerusform>%n yli 23 tuntia sitten aloitettua toimintoa ei koskaan saanut vastausta, ja niiden avaimet ovat liian vanhoja lähetettäviksi turvallisesti uudelleen. Avaa kukin tilaus ja käytä toiminnon Tarkista Klarnasta -painiketta: {orders}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n päivän kuluttua</numerusform>
            <numerusform>%n päivän kuluttua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n päivä sitten</numerusform>
            <numerusform>%n päivää sitten</numerusform>
        </translation>
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
    <name>ProfilesDialog</name>
    <message>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <source>Kustom (production)</source>
        <translation>Kustom (tuotanto)</translation>
    </message>
    <message>
        <source>Kustom (playground)</source>
        <translation>Kustom (playground)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Oma URL</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Eurooppa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Pohjois-Amerikka</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oseania</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiilit</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Lisää profiili</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Playground (test)</source>
        <translation>Playground (testi)</translation>
    </message>
    <message>
        <source>Production (real money)</source>
        <translation>Tuotanto (oikeaa rahaa)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Read-only: look at orders, never change them</source>
        <translation>Vain luku: tilausten katselu, ei koskaan muutoksia</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s own store; or postgresql://user@server/database</source>
        <translation>tyhjä: tämän tietokoneen oma tietokanta; tai postgresql://käyttäjä@palvelin/tietokanta</translation>
    </message>
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
        <source>Team store</source>
        <translation>Tiimitietokanta</translation>
    </message>
    <message>
        <source>Team store password</source>
        <translation>Tiimitietokannan salasana</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Käsittelijän nimi</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Vain luku</translation>
    </message>
    <message>
        <source>Kept {where}.</source>
        <translation>Säilytetään {where}.</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Salasanan säilytyspaikka</translation>
    </message>
    <message>
        <source>Problems with this profile</source>
        <translation>Tämän profiilin ongelmat</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Yhteystestin tulos</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testaa yhteys</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>Tallenna ja avaa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>The Sandbox is built in: demo orders in a simulator of Klarna Order Management on this computer. No account, no network, no real money. It cannot be edited or removed.</source>
        <translation>Sandbox on sisäänrakennettu: esittelytilauksia Klarna Order Managementin simulaattorissa tällä tietokoneella. Ei tiliä, ei verkkoa, ei oikeaa rahaa. Sitä ei voi muokata eikä poistaa.</translation>
    </message>
    <message>
        <source>stored ({backend}); type to replace</source>
        <translation>tallennettu ({backend}); kirjoita korvataksesi</translation>
    </message>
    <message>
        <source>required</source>
        <translation>pakollinen</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>tallennettu; kirjoita korvataksesi</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>jos palvelin pyytää sitä</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Uusi profiili</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Poista profiili</translation>
    </message>
    <message>
        <source>Remove profile {name} and its stored password? Its local order cache and history stay on disk.</source>
        <translation>Poistetaanko profiili {name} ja sen tallennettu salasana? Sen paikallinen tilausvälimuisti ja historia jäävät levylle.</translation>
    </message>
    <message>
        <source>Type the API password to test the connection.</source>
        <translation>Anna API-salasana testataksesi yhteyden.</translation>
    </message>
    <message>
        <source>Testing {url}…</source>
        <translation>Testataan: {url}…</translation>
    </message>
    <message>
        <source>{result} (correlation id {id})</source>
        <translation>{result} (korrelaatiotunnus {id})</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
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
        <source>The team store {where} refused it: {detail} (SQLSTATE {sqlstate}). Nothing was sent from this desk. Try again; if it keeps refusing, show this to whoever runs the database server.</source>
        <translation>Tiimitietokanta {where} hylkäsi pyynnön: {detail} (SQLSTATE {sqlstate}). Tästä työpisteestä ei lähetetty mitään. Yritä uudelleen; jos se hylkää edelleen, näytä tämä tietokantapalvelimen ylläpitäjälle.</translation>
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
<context>
    <name>ReferencesDialog</name>
    <message>
        <source>Reference &amp;1</source>
        <translation>Viite &amp;1</translation>
    </message>
    <message>
        <source>Shown to the customer as the order number.</source>
        <translation>Näytetään asiakkaalle tilausnumerona.</translation>
    </message>
    <message>
        <source>Reference &amp;2</source>
        <translation>Viite &amp;2</translation>
    </message>
    <message>
        <source>Your own reference, e.g. the id in your shop or ERP.</source>
        <translation>Oma viitteesi, esim. tunnus verkkokaupassasi tai ERP:ssä.</translation>
    </message>
    <message>
        <source>&amp;Save references</source>
        <translation>&amp;Tallenna viitteet</translation>
    </message>
    <message>
        <source>Clear reference 1 (“{reference}”) of order {order}?</source>
        <translation>Tyhjennetäänkö tilauksen {order} viite 1 (”{reference}”)?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reference 1 is the order number the customer sees in the Klarna app and on the invoice; after clearing it, they see none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Viite 1 on tilausnumero, jonka asiakas näkee Klarna-sovelluksessa ja laskussa; tyhjentämisen jälkeen hän ei näe mitään.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clear reference 1</source>
        <translation>Tyhjennä viite 1</translation>
    </message>
    <message>
        <source>Change a reference to save it.</source>
        <translation>Muuta viitettä, niin voit tallentaa sen.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Hyvitä…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivoitu</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Jo hyvitetty</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Hyvitettävissä</translation>
    </message>
    <message>
        <source>How much to refund</source>
        <translation>Hyvitettävä määrä</translation>
    </message>
    <message>
        <source>&amp;Everything refundable</source>
        <translation>&amp;Kaikki hyvitettävissä oleva</translation>
    </message>
    <message>
        <source>&amp;Part of it, by amount</source>
        <translation>&amp;Osa siitä, summana</translation>
    </message>
    <message>
        <source>By &amp;lines of a capture</source>
        <translation>Aktivoinnin &amp;riveittäin</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Hyvitettävä summa</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Summa</translation>
    </message>
    <message>
        <source>Capture whose lines are refunded</source>
        <translation>Aktivointi, jonka rivejä hyvitetään</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Aktivointi</translation>
    </message>
    <message>
        <source>The refund lines keep this capture&apos;s line references, so Klarna credits its invoice.</source>
        <translation>Hyvitysriveillä säilyvät tämän aktivoinnin riviviitteet, joten Klarna hyvittää sen laskua.</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Hyvitettävät rivit</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Rivit: ongelma</translation>
    </message>
    <message>
        <source>Charge a return fee of</source>
        <translation>Peri palautusmaksu</translation>
    </message>
    <message>
        <source>Charge a return fee</source>
        <translation>Peri palautusmaksu</translation>
    </message>
    <message>
        <source>Return fee</source>
        <translation>Palautusmaksu</translation>
    </message>
    <message>
        <source>Return &amp;fee</source>
        <translation>Palautus&amp;maksu</translation>
    </message>
    <message>
        <source>Kept from what the customer gets back, and shown in the Klarna app.</source>
        <translation>Vähennetään asiakkaalle palautettavasta summasta, ja näkyy Klarna-sovelluksessa.</translation>
    </message>
    <message>
        <source>Why no return fee</source>
        <translation>Miksi ei palautusmaksua</translation>
    </message>
    <message>
        <source>The customer gets back</source>
        <translation>Asiakas saa takaisin</translation>
    </message>
    <message>
        <source>Customer gets back</source>
        <translation>Asiakas saa takaisin</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Kuvaus</translation>
    </message>
    <message>
        <source>Shown to the customer.</source>
        <translation>Näytetään asiakkaalle.</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>&amp;Viite</translation>
    </message>
    <message>
        <source>Appears in your settlement files.</source>
        <translation>Näkyy tilitystiedostoissasi.</translation>
    </message>
    <message>
        <source>&amp;Everything refundable ({amount})</source>
        <translation>&amp;Kaikki hyvitettävissä oleva ({amount})</translation>
    </message>
    <message>
        <source>No return fee: {why}</source>
        <translation>Ei palautusmaksua: {why}</translation>
    </message>
    <message>
        <source>Pick at least one unit of a captured line to refund.</source>
        <translation>Valitse hyvitettäväksi vähintään yksi kappale jostakin aktivoidusta rivistä.</translation>
    </message>
    <message>
        <source>Enter the fee, or untick the box.</source>
        <translation>Anna palautusmaksu tai poista valinta ruudusta.</translation>
    </message>
    <message>
        <source>The fee must be less than the {amount} refunded.</source>
        <translation>Palautusmaksun on oltava pienempi kuin hyvitettävä summa {amount}.</translation>
    </message>
    <message>
        <source>A return fee goes with the returned lines: refund by lines of the capture (or everything).</source>
        <translation>Palautusmaksu kuuluu palautettuihin riveihin: hyvitä aktivoinnin riveittäin (tai kaikki).</translation>
    </message>
    <message>
        <source>{amount} ({gross} less the {fee} fee)</source>
        <translation>{amount} ({gross} miinus palautusmaksu {fee})</translation>
    </message>
    <message>
        <source>{customer} gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>Asiakas {customer} saa takaisin {amount}; Klarna vähentää sen seuraavasta tilityksestäsi.</translation>
    </message>
    <message>
        <source>The customer gets {amount} back; Klarna takes it from your next payout.</source>
        <translation>Asiakas saa takaisin {amount}; Klarna vähentää sen seuraavasta tilityksestäsi.</translation>
    </message>
    <message>
        <source>A return fee of {amount} is kept.</source>
        <translation>Palautusmaksu pidätetään: {amount}.</translation>
    </message>
    <message>
        <source>Refund {amount} on order {order}?</source>
        <translation>Hyvitetäänkö {amount} tilauksesta {order}?</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Hyvitä {amount}</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Vapauta…</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivoitu</translation>
    </message>
    <message>
        <source>Remaining authorization</source>
        <translation>Jäljellä oleva varaus</translation>
    </message>
    <message>
        <source>&lt;p&gt;The customer is not charged the remaining {amount} (card payers get it back). Nothing more can be captured afterwards; refunds of what was captured stay possible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asiakkaalta ei veloiteta jäljellä olevaa summaa {amount} (korttimaksajat saavat sen takaisin). Sen jälkeen mitään ei voi enää aktivoida; jo aktivoidun hyvittäminen on edelleen mahdollista.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release the remaining {amount} of order {order}?</source>
        <translation>Vapautetaanko tilauksen {order} jäljellä oleva summa {amount}?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The order is closed for further captures.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tilaus suljetaan uusilta aktivoinneilta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release {amount}</source>
        <translation>Vapauta {amount}</translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message>
        <source>Fetching {order} from Klarna…</source>
        <translation>Haetaan tilausta {order} Klarnasta…</translation>
    </message>
    <message>
        <source>Klarna has no order {order} in this profile.</source>
        <translation>Klarnalla ei ole tilausta {order} tässä profiilissa.</translation>
    </message>
    <message>
        <source>Could not fetch the order</source>
        <translation>Tilausta ei voitu hakea</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Klarna Order Console: unexpected error</source>
        <translation>Klarna Order Console: odottamaton virhe</translation>
    </message>
    <message>
        <source>Something went wrong inside Klarna Order Console.</source>
        <translation>Klarna Order Consolessa tapahtui virhe.</translation>
    </message>
    <message>
        <source>{error}: {message}

The details are in the log file. Nothing was sent twice: check the order&apos;s History tab before you try the action again.</source>
        <translation>{error}: {message}

Tiedot ovat lokitiedostossa. Mitään ei lähetetty kahdesti: tarkista tilauksen Historia-välilehti ennen kuin yrität toimintoa uudelleen.</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Klarna ref {reference}</source>
        <translation>Klarna-viite {reference}</translation>
    </message>
    <message>
        <source>Order id {order}</source>
        <translation>Tilaustunnus {order}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vanhenee</translation>
    </message>
    <message>
        <source>Klarna ref</source>
        <translation>Klarna-viite</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Kaup. viite</translation>
    </message>
    <message>
        <source>Reference 2: {reference}</source>
        <translation>Viite 2: {reference}</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Tilaustunnus</translation>
    </message>
    <message>
        <source>shown on the right</source>
        <translation>näytetään oikealla</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone, reference or order id</source>
        <translation>Hae nimellä, sähköpostilla, puhelimella, viitteellä tai tilaustunnuksella</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Hae tilauksia</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Tila: kaikki</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Tilasuodatin</translation>
    </message>
    <message>
        <source>Currency filter</source>
        <translation>Valuuttasuodatin</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>Kaikki valuutat</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Vanhenee pian</translation>
    </message>
    <message>
        <source>Only orders expiring soon</source>
        <translation>Vain pian vanhenevat tilaukset</translation>
    </message>
    <message>
        <source>Fraud pending</source>
        <translation>Petostarkistus</translation>
    </message>
    <message>
        <source>Only orders pending fraud review</source>
        <translation>Vain petostarkistusta odottavat tilaukset</translation>
    </message>
    <message>
        <source>Not paid out</source>
        <translation>Tilittämättä</translation>
    </message>
    <message>
        <source>Only orders with a capture Klarna has not paid out</source>
        <translation>Vain tilaukset, joissa on aktivointi, jota Klarna ei ole tilittänyt</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Suodattimet</translation>
    </message>
    <message>
        <source>Show date and amount filters</source>
        <translation>Näytä päivämäärä- ja summasuodattimet</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Luotu alkaen</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Luotu asti</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Vähimmäissumma</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Enimmäissumma</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no amount limit</comment>
        <translation>mikä tahansa</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range: from … to …</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Number of orders found</source>
        <translation>Löydettyjen tilausten määrä</translation>
    </message>
    <message>
        <source>Import order IDs…</source>
        <translation>Tuo tilaustunnuksia…</translation>
    </message>
    <message>
        <source>Import order IDs</source>
        <translation>Tuo tilaustunnuksia</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no date limit</comment>
        <translation>mikä tahansa</translation>
    </message>
    <message>
        <source>Status: {statuses}</source>
        <translation>Tila: {statuses}</translation>
    </message>
    <message>
        <source>No order matches. A pasted order id that is not here yet is fetched from Klarna.</source>
        <translation>Mikään tilaus ei täsmää. Liitetty tilaustunnus, jota ei vielä ole täällä, haetaan Klarnasta.</translation>
    </message>
    <message>
        <source>No orders here yet. Klarna&apos;s API cannot list or search orders, so the console finds the ones it has fetched: paste an order id in the search box, or use File → Import order IDs… to fetch many at once (pasted, or from a CSV export of your shop).</source>
        <translation>Täällä ei ole vielä tilauksia. Klarnan API ei voi listata eikä hakea tilauksia, joten konsoli löytää ne, jotka se on hakenut: liitä tilaustunnus hakukenttään tai hae monta kerralla kohdasta Tiedosto → Tuo tilaustunnuksia… (liittämällä tai verkkokauppasi CSV-viennistä).</translation>
    </message>
</context>
<context>
    <name>SendOutDialog</name>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Lähetä uudelleen</translation>
    </message>
    <message>
        <source>What is sent, and to whom</source>
        <translation>Mitä lähetetään ja kenelle</translation>
    </message>
    <message>
        <source>Choose a capture.</source>
        <translation>Valitse aktivointi.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna lähettää aktivoinnin &lt;b&gt;{capture}&lt;/b&gt; (aktivoitu {when}, {amount}) viimeisimmän laskun tai maksuohjeen uudelleen osoitteeseen &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Käytä tätä, kun asiakas sanoo, ettei lasku koskaan tullut perille.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna sends the latest invoice or payment instructions of capture &lt;b&gt;{capture}&lt;/b&gt; (captured {when}, {amount}) again to the customer&apos;s e-mail address (Klarna has it; it is not shown here).&lt;/p&gt;&lt;p&gt;Use this when the customer says the invoice never arrived.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna lähettää aktivoinnin &lt;b&gt;{capture}&lt;/b&gt; (aktivoitu {when}, {amount}) viimeisimmän laskun tai maksuohjeen uudelleen asiakkaan sähköpostiosoitteeseen (Klarnalla on se; sitä ei näytetä tässä).&lt;/p&gt;&lt;p&gt;Käytä tätä, kun asiakas sanoo, ettei lasku koskaan tullut perille.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SessionsController</name>
    <message>
        <source>Opening {profile}…</source>
        <translation>Avataan profiilia {profile}…</translation>
    </message>
    <message>
        <source>Enter the API password of profile &apos;{profile}&apos; first. The cached orders can be searched meanwhile. (File → Profiles…)</source>
        <translation>Anna ensin profiilin &apos;{profile}&apos; API-salasana. Välimuistissa olevia tilauksia voi hakea sillä välin. (Tiedosto → Profiilit…)</translation>
    </message>
    <message>
        <source>{profile}: no password stored; showing cached orders only</source>
        <translation>{profile}: salasanaa ei ole tallennettu; näytetään vain välimuistin tilaukset</translation>
    </message>
    <message>
        <source>Could not open {profile}</source>
        <translation>Profiilia {profile} ei voitu avata</translation>
    </message>
    <message>
        <source>This profile is open in another window, process {process}.</source>
        <translation>Tämä profiili on auki toisessa ikkunassa, prosessi {process}.</translation>
    </message>
    <message>
        <source>This profile is open in another window.</source>
        <translation>Tämä profiili on auki toisessa ikkunassa.</translation>
    </message>
    <message>
        <source>Here it is read-only: you can look up orders, but only that window sends, retries and finishes interrupted actions. Choose another profile to work in, or close the other window and open this profile again.</source>
        <translation>Täällä se on vain luku -tilassa: voit hakea tilauksia, mutta vain se ikkuna lähettää, yrittää uudelleen ja viimeistelee keskeytyneet toiminnot. Valitse työskentelyyn toinen profiili tai sulje toinen ikkuna ja avaa tämä profiili uudelleen.</translation>
    </message>
    <message>
        <source>Your account on the team store may only read it: you can look up orders and their history, but nothing is sent from this desk. Ask whoever runs the team store for a role that may write.</source>
        <translation>Tilisi tiimitietokannassa saa vain lukea sitä: voit hakea tilauksia ja niiden historiaa, mutta tästä työpisteestä ei lähetetä mitään. Pyydä tiimitietokannan ylläpitäjältä roolia, jolla voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Sandbox: demo orders simulated on this computer; no Klarna account, no real money</source>
        <translation>Sandbox: tällä tietokoneella simuloituja esittelytilauksia; ei Klarna-tiliä, ei oikeaa rahaa</translation>
    </message>
    <message>
        <source>{status} · read-only</source>
        <translation>{status} · vain luku</translation>
    </message>
    <message>
        <source>Updating the local data of {profile} for this version of the console. This happens once; with many cached orders it takes a few minutes…</source>
        <translation>Profiilin {profile} paikallisia tietoja päivitetään tätä konsolin versiota varten. Tämä tehdään kerran; jos välimuistissa on paljon tilauksia, se kestää muutaman minuutin…</translation>
    </message>
    <message>
        <source>The sandbox starts again with fresh demo orders.</source>
        <translation>Hiekkalaatikko aloittaa alusta uusilla esittelytilauksilla.</translation>
    </message>
    <message>
        <source>Finished the {action} on order {order} that was interrupted.</source>
        <translation>Keskeytynyt toiminto ({action}) tilaukselle {order} viimeisteltiin.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key. It is tried again at {time}.</source>
        <translation>Keskeytynyt toiminto ({action}) tilaukselle {order} on yhä ilman Klarnan vastausta; se lähetettiin uudelleen samalla avaimella. Seuraava yritys kello {time}.</translation>
    </message>
    <message>
        <source>The interrupted {action} on order {order} still has no answer from Klarna; it was sent again with the same key.</source>
        <translation>Keskeytynyt toiminto ({action}) tilaukselle {order} on yhä ilman Klarnan vastausta; se lähetettiin uudelleen samalla avaimella.</translation>
    </message>
    <message>
        <source>Klarna refused the interrupted {action} on order {order}: {code} {message}</source>
        <translation>Klarna hylkäsi keskeytyneen toiminnon ({action}) tilaukselle {order}: {code} {message}</translation>
    </message>
</context>
<context>
    <name>ShippingInfo</name>
    <message>
        <source>Carrier</source>
        <translation>Kuljetusliike</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Toimitustapa</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Seurantakoodi</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Seurantalinkki</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Palautuksen kuljetusliike</translation>
    </message>
    <message>
        <source>Return tracking number</source>
        <translation>Palautuksen seurantakoodi</translation>
    </message>
    <message>
        <source>Return tracking link</source>
        <translation>Palautuksen seurantalinkki</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ei annettu)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: ongelma</translation>
    </message>
    <message>
        <source>Shipment: problem</source>
        <translation>Toimitus: ongelma</translation>
    </message>
    <message>
        <source>Remove shipment</source>
        <translation>Poista toimitus</translation>
    </message>
    <message>
        <source>Shipment {number}</source>
        <translation>Toimitus {number}</translation>
    </message>
    <message>
        <source>{field} of shipment {number}</source>
        <translation>{field}, toimitus {number}</translation>
    </message>
    <message>
        <source>Remove shipment {number}</source>
        <translation>Poista toimitus {number}</translation>
    </message>
    <message>
        <source>Add s&amp;hipment</source>
        <translation>Lisää &amp;toimitus</translation>
    </message>
    <message>
        <source>Add a shipment</source>
        <translation>Lisää toimitus</translation>
    </message>
    <message>
        <source>Shipments: problem</source>
        <translation>Toimitukset: ongelma</translation>
    </message>
    <message>
        <source>Fill in the carrier or a tracking number, or remove this shipment.</source>
        <translation>Täytä kuljetusliike tai seurantakoodi tai poista tämä toimitus.</translation>
    </message>
    <message>
        <source>Enter the whole link, starting with https://</source>
        <translation>Anna koko linkki alkaen https://</translation>
    </message>
    <message>
        <source>&amp;Add shipping info</source>
        <translation>&amp;Lisää toimitustiedot</translation>
    </message>
    <message>
        <source>Klarna shows the tracking in the customer&apos;s app for this capture, and uses it when the customer reports a missing parcel.</source>
        <translation>Klarna näyttää seurannan asiakkaan sovelluksessa tälle aktivoinnille ja käyttää sitä, jos asiakas ilmoittaa kadonneesta paketista.</translation>
    </message>
    <message>
        <source>Tracking known before the capture: Klarna shows it in the customer&apos;s app. Add it to the capture instead once the order is captured.</source>
        <translation>Seuranta tiedossa ennen aktivointia: Klarna näyttää sen asiakkaan sovelluksessa. Lisää se mieluummin aktivointiin, kun tilaus on aktivoitu.</translation>
    </message>
    <message>
        <source>Add at least one shipment.</source>
        <translation>Lisää vähintään yksi toimitus.</translation>
    </message>
</context>
<context>
    <name>ShippingMethod</name>
    <message>
        <source>Collect in store</source>
        <translation>Nouto myymälästä</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Kotiinkuljetus</translation>
    </message>
    <message>
        <source>Parcel locker (registered)</source>
        <translation>Pakettiautomaatti (rekisteröity)</translation>
    </message>
    <message>
        <source>Parcel locker (unregistered)</source>
        <translation>Pakettiautomaatti (rekisteröimätön)</translation>
    </message>
    <message>
        <source>Pick-up point</source>
        <translation>Noutopiste</translation>
    </message>
    <message>
        <source>Own delivery</source>
        <translation>Oma toimitus</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>DHL Packstation</source>
        <translation>DHL Packstation</translation>
    </message>
    <message>
        <source>Digital delivery</source>
        <translation>Digitaalinen toimitus</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Ei määritetty</translation>
    </message>
    <message>
        <source>Collect at warehouse</source>
        <translation>Nouto varastolta</translation>
    </message>
    <message>
        <source>Click and collect</source>
        <translation>Tilaa ja nouda</translation>
    </message>
    <message>
        <source>Pallet delivery</source>
        <translation>Lavatoimitus</translation>
    </message>
</context>
<context>
    <name>ShownOrder</name>
    <message>
        <source>Could not read the order from Klarna (showing the cached copy)</source>
        <translation>Tilausta ei voitu lukea Klarnasta (näytetään välimuistin kopio)</translation>
    </message>
    <message>
        <source>Still connecting: the order shown is the cached copy.</source>
        <translation>Yhteyttä muodostetaan yhä: näytetty tilaus on välimuistin kopio.</translation>
    </message>
    <message>
        <source>This profile is open in another window; only that window may send.</source>
        <translation>Tämä profiili on auki toisessa ikkunassa; vain se ikkuna voi lähettää.</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Tämä profiili on vain luku -tilassa.</translation>
    </message>
    <message>
        <source>An earlier {action} has no answer yet: open it to send it again with its key or check with Klarna.</source>
        <translation>Aiempi pyyntö ({action}) on yhä ilman vastausta: avaa se lähettääksesi sen uudelleen sen avaimella tai tarkista Klarnasta.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Authorized</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <source>Part captured</source>
        <translation>Osittain aktivoitu</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivoitu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruutettu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <source>Part refunded</source>
        <translation>Osittain hyvitetty</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>pysäytetty</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>huomenna</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>eilen</translation>
    </message>
</context>
<context>
    <name>UpdateAmountDialog</name>
    <message>
        <source>&amp;Update order…</source>
        <translation>&amp;Muuta tilausta…</translation>
    </message>
    <message>
        <source>Current amount</source>
        <translation>Nykyinen summa</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aktivoitu</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>Uusi summa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Tilausrivit</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Lisää &amp;rivi</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Poista rivi</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Poista valittu rivi</translation>
    </message>
    <message>
        <source>Lines: problem</source>
        <translation>Rivit: ongelma</translation>
    </message>
    <message>
        <source>New order amount</source>
        <translation>Tilauksen uusi summa</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Kuvaus</translation>
    </message>
    <message>
        <source>Why the order changed, for the customer.</source>
        <translation>Miksi tilaus muuttui (asiakkaalle).</translation>
    </message>
    <message>
        <source>this payment method</source>
        <translation>tämä maksutapa</translation>
    </message>
    <message>
        <source>A higher amount needs Klarna&apos;s approval ({method}): Klarna checks the customer again and may refuse.</source>
        <translation>Suurempi summa vaatii Klarnan hyväksynnän ({method}): Klarna tarkistaa asiakkaan uudelleen ja voi hylätä sen.</translation>
    </message>
    <message>
        <source>Klarna does not allow a higher amount for {method} orders from {country}: lower it, or ask the customer to place a new order for the extra items.</source>
        <translation>Klarna ei salli suurempaa summaa, kun maksutapa on {method} ja maa {country}: pienennä summaa tai pyydä asiakasta tekemään uusi tilaus lisätuotteista.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Tilauksessa on oltava vähintään yksi rivi.</translation>
    </message>
    <message>
        <source>Line {line}: name is empty; every line needs one.</source>
        <translation>Rivi {line}: nimi on tyhjä; jokainen rivi tarvitsee nimen.</translation>
    </message>
    <message>
        <source>Change a line, add one or remove one.</source>
        <translation>Muuta riviä, lisää rivi tai poista rivi.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Klarna checks the customer again and may refuse the higher amount.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klarna tarkistaa asiakkaan uudelleen ja voi hylätä suuremman summan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Raise order {order} from {old} to {new}?</source>
        <translation>Korotetaanko tilauksen {order} summa: {old} → {new}?</translation>
    </message>
    <message>
        <source>Lower order {order} from {old} to {new}?</source>
        <translation>Lasketaanko tilauksen {order} summa: {old} → {new}?</translation>
    </message>
    <message>
        <source>Set amount to {amount}</source>
        <translation>Aseta summaksi {amount}</translation>
    </message>
</context>
</TS>
