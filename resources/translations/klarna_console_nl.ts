<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <source>Capture</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetalen</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestelling annuleren</translation>
    </message>
    <message>
        <source>Release remaining authorization</source>
        <translation>Resterende autorisatie vrijgeven</translation>
    </message>
    <message>
        <source>Extend authorization time</source>
        <translation>Autorisatietermijn verlengen</translation>
    </message>
    <message>
        <source>Update order amount</source>
        <translation>Orderbedrag wijzigen</translation>
    </message>
    <message>
        <source>Edit shipping address</source>
        <translation>Verzendadres bewerken</translation>
    </message>
    <message>
        <source>Update merchant references</source>
        <translation>Winkelreferenties wijzigen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Ontvangst bevestigen</translation>
    </message>
    <message>
        <source>Add shipping info</source>
        <translation>Verzendgegevens toevoegen</translation>
    </message>
    <message>
        <source>Add shipping info to capture</source>
        <translation>Verzendgegevens aan vastlegging toevoegen</translation>
    </message>
    <message>
        <source>Resend customer communication</source>
        <translation>Klantbericht opnieuw versturen</translation>
    </message>
    <message>
        <source>Extend due date</source>
        <translation>Vervaldatum verlengen</translation>
    </message>
    <message>
        <source>{action} {amount}</source>
        <translation>{action} {amount}</translation>
    </message>
    <message>
        <source>{action} by {days} days</source>
        <translation>{action} met {days} dagen</translation>
    </message>
</context>
<context>
    <name>KlarnaErrors</name>
    <message>
        <source>Klarna has no order with this id for these credentials. Check the order id, and that the profile uses the region and environment (live or playground) the order was placed in.</source>
        <translation>Klarna heeft voor deze inloggegevens geen bestelling met deze ID. Controleer de bestel-ID en of het profiel dezelfde regio en omgeving (live of playground) gebruikt als waarin de bestelling is geplaatst.</translation>
    </message>
    <message>
        <source>Klarna could not find the capture or refund this request names. Reload the order to see its current captures and refunds, then try again.</source>
        <translation>Klarna kon de vastlegging of terugbetaling waar dit verzoek naar verwijst niet vinden. Laad de bestelling opnieuw om de huidige vastleggingen en terugbetalingen te zien en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Klarna could not find this capture on the order. Reload the order and choose one of its current captures.</source>
        <translation>Klarna kon deze vastlegging niet vinden bij de bestelling. Laad de bestelling opnieuw en kies een van de huidige vastleggingen.</translation>
    </message>
    <message>
        <source>The order id is not valid: Klarna order ids are UUIDs. Copy the order id again, for example from the Merchant Portal.</source>
        <translation>De bestel-ID is ongeldig: bestel-ID&apos;s van Klarna zijn UUID&apos;s. Kopieer de bestel-ID opnieuw, bijvoorbeeld uit het Merchant Portal.</translation>
    </message>
    <message>
        <source>Klarna rejected a value in the request; its message names the field and the limit. Nothing was changed: correct that field and send again.</source>
        <translation>Klarna heeft een waarde in het verzoek geweigerd; het bericht van Klarna noemt het veld en de limiet. Er is niets gewijzigd: corrigeer het veld en verstuur het opnieuw.</translation>
    </message>
    <message>
        <source>Klarna does not allow this action on the order in its current state; its message says why. Nothing was changed: reload the order to see its status and amounts.</source>
        <translation>Klarna staat deze actie niet toe bij de bestelling in de huidige status; het bericht van Klarna zegt waarom. Er is niets gewijzigd: laad de bestelling opnieuw om de status en bedragen te zien.</translation>
    </message>
    <message>
        <source>Klarna did not capture: the order is cancelled or expired, or the amount is higher than the remaining authorized amount. Reload the order and capture at most the remaining authorized amount.</source>
        <translation>Klarna heeft niet vastgelegd: de bestelling is geannuleerd of verlopen, of het bedrag is hoger dan het resterende geautoriseerde bedrag. Laad de bestelling opnieuw en leg hoogstens het resterende geautoriseerde bedrag vast.</translation>
    </message>
    <message>
        <source>Klarna did not refund: the order has no captures, or the amount is higher than what was captured and not yet refunded. Reload the order and refund at most that amount.</source>
        <translation>Klarna heeft niet terugbetaald: de bestelling heeft geen vastleggingen, of het bedrag is hoger dan wat is vastgelegd en nog niet terugbetaald. Laad de bestelling opnieuw en betaal hoogstens dat bedrag terug.</translation>
    </message>
    <message>
        <source>Klarna did not cancel the order because part of it is already captured. Refund what was captured instead, and release the remaining authorization if nothing more will be shipped.</source>
        <translation>Klarna heeft de bestelling niet geannuleerd, omdat een deel ervan al is vastgelegd. Betaal in plaats daarvan het vastgelegde bedrag terug, en geef de resterende autorisatie vrij als er niets meer wordt verzonden.</translation>
    </message>
    <message>
        <source>Klarna could not charge the customer&apos;s payment method, so nothing was captured. Do not ship yet: ask the customer to update their payment details, or contact Klarna merchant support.</source>
        <translation>Klarna kon de betaalmethode van de klant niet belasten, dus er is niets vastgelegd. Verstuur de bestelling nog niet: vraag de klant de betaalgegevens bij te werken, of neem contact op met de merchantsupport van Klarna.</translation>
    </message>
    <message>
        <source>The request clashes with a change made to the order at the same time, for example in the Merchant Portal or the shop system. Reload the order and check whether the change is already there before sending it again.</source>
        <translation>Het verzoek botst met een wijziging die tegelijk aan de bestelling is gedaan, bijvoorbeeld in het Merchant Portal of in het winkelsysteem. Laad de bestelling opnieuw en controleer of de wijziging er al in staat voordat u het opnieuw verstuurt.</translation>
    </message>
    <message>
        <source>The request is larger than Klarna accepts (1 MB). Send fewer order lines or shipping details at a time.</source>
        <translation>Het verzoek is groter dan Klarna accepteert (1 MB). Verstuur minder orderregels of verzendgegevens tegelijk.</translation>
    </message>
    <message>
        <source>Klarna found the address invalid. Check the street, postal code and city against the country&apos;s format and send it again.</source>
        <translation>Klarna vond het adres ongeldig. Controleer straat, postcode en plaats aan de hand van het adresformaat van het land en verstuur het opnieuw.</translation>
    </message>
    <message>
        <source>Klarna is receiving too many requests from this merchant account right now. Wait a few minutes and retry; the same idempotency key makes sure Klarna applies the change at most once.</source>
        <translation>Klarna ontvangt op dit moment te veel verzoeken van dit verkopersaccount. Wacht een paar minuten en probeer het opnieuw; dezelfde idempotentiesleutel zorgt ervoor dat Klarna de wijziging hoogstens één keer uitvoert.</translation>
    </message>
    <message>
        <source>Klarna had an internal error, so the change may or may not have been applied. Retry with the same idempotency key (Klarna applies it at most once); if it keeps failing, contact Klarna merchant support and quote the correlation id.</source>
        <translation>Bij Klarna is een interne fout opgetreden, dus de wijziging is misschien wel, misschien niet uitgevoerd. Probeer het opnieuw met dezelfde idempotentiesleutel (Klarna voert hem hoogstens één keer uit); blijft het misgaan, neem dan contact op met de merchantsupport van Klarna en vermeld de correlatie-ID.</translation>
    </message>
    <message>
        <source>Klarna&apos;s service is temporarily unavailable, so the change may or may not have been applied. Retry later with the same idempotency key; Klarna applies it at most once.</source>
        <translation>De dienst van Klarna is tijdelijk niet beschikbaar, dus de wijziging is misschien wel, misschien niet uitgevoerd. Probeer het later opnieuw met dezelfde idempotentiesleutel; Klarna voert hem hoogstens één keer uit.</translation>
    </message>
    <message>
        <source>Klarna&apos;s message: {message}</source>
        <translation>Bericht van Klarna: {message}</translation>
    </message>
    <message>
        <source>Amounts in Klarna&apos;s message: {amounts}</source>
        <translation>Bedragen in het bericht van Klarna: {amounts}</translation>
    </message>
    <message>
        <source>Error code: {code}</source>
        <translation>Foutcode: {code}</translation>
    </message>
    <message>
        <source>Correlation id: {correlation_id}</source>
        <translation>Correlatie-ID: {correlation_id}</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-gebruikersnaam</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-wachtwoord</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Profielkleur</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profiel-ID</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Naam medewerker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Capture not possible.</source>
        <translation>Vastleggen niet mogelijk.</translation>
    </message>
    <message>
        <source>Refund not possible.</source>
        <translation>Terugbetalen niet mogelijk.</translation>
    </message>
    <message>
        <source>Cancel not possible.</source>
        <translation>Annuleren niet mogelijk.</translation>
    </message>
    <message>
        <source>Remaining authorization cannot be released.</source>
        <translation>De resterende autorisatie kan niet worden vrijgegeven.</translation>
    </message>
    <message>
        <source>Authorization time cannot be extended.</source>
        <translation>De autorisatietermijn kan niet worden verlengd.</translation>
    </message>
    <message>
        <source>Order authorization cannot be updated.</source>
        <translation>De autorisatie van de bestelling kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Customer details cannot be updated.</source>
        <translation>De klantgegevens kunnen niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Merchant references cannot be updated.</source>
        <translation>De winkelreferenties kunnen niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Shipping info cannot be added to the capture.</source>
        <translation>Er kunnen geen verzendgegevens aan de vastlegging worden toegevoegd.</translation>
    </message>
    <message>
        <source>Send out cannot be triggered for the capture.</source>
        <translation>Het klantbericht voor de vastlegging kan niet opnieuw worden verstuurd.</translation>
    </message>
    <message>
        <source>Due date cannot be extended for the capture.</source>
        <translation>De vervaldatum van de vastlegging kan niet worden verlengd.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>waar of onwaar</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>een decimaal getal</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source> (got {got})</source>
        <translation> (opgegeven: {got})</translation>
    </message>
    <message>
        <source>Order is already cancelled.</source>
        <translation>De bestelling is al geannuleerd.</translation>
    </message>
    <message>
        <source>Order is cancelled.</source>
        <translation>De bestelling is geannuleerd.</translation>
    </message>
    <message>
        <source>Order is expired.</source>
        <translation>De bestelling is verlopen.</translation>
    </message>
    <message>
        <source>Order is closed.</source>
        <translation>De bestelling is gesloten.</translation>
    </message>
    <message>
        <source>Order is pending fraud review.</source>
        <translation>De bestelling wacht op fraudecontrole.</translation>
    </message>
    <message>
        <source>Order was rejected in fraud review.</source>
        <translation>De bestelling is afgewezen bij de fraudecontrole.</translation>
    </message>
    <message>
        <source>Order is fully captured.</source>
        <translation>De bestelling is volledig vastgelegd.</translation>
    </message>
    <message>
        <source>Order is fully refunded.</source>
        <translation>De bestelling is volledig terugbetaald.</translation>
    </message>
    <message>
        <source>Order has no captures.</source>
        <translation>De bestelling heeft geen vastleggingen.</translation>
    </message>
    <message>
        <source>Order has previous captures.</source>
        <translation>De bestelling heeft eerdere vastleggingen.</translation>
    </message>
    <message>
        <source>Order has no remaining authorization.</source>
        <translation>De bestelling heeft geen resterend geautoriseerd bedrag.</translation>
    </message>
    <message>
        <source>Refunded amount cannot be negative.</source>
        <translation>Het terugbetaalde bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Captured amount cannot be negative.</source>
        <translation>Het vastgelegde bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Captured amount {amount} is higher than the remaining authorized amount {remaining}.</source>
        <translation>Het vastgelegde bedrag {amount} is hoger dan het resterende geautoriseerde bedrag {remaining}.</translation>
    </message>
    <message>
        <source>Refunded amount {amount} is higher than the captured amount not yet refunded {refundable}.</source>
        <translation>Het terugbetaalde bedrag {amount} is hoger dan het vastgelegde bedrag dat nog niet is terugbetaald, {refundable}.</translation>
    </message>
    <message>
        <source>Resulting authorization amount {amount} cannot be less than the captured amount {captured}.</source>
        <translation>Het nieuwe geautoriseerde bedrag {amount} kan niet lager zijn dan het vastgelegde bedrag {captured}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for {method} orders.</source>
        <translation>Het orderbedrag kan niet worden verhoogd voor bestellingen met betaalmethode {method}.</translation>
    </message>
    <message>
        <source>The order amount cannot be increased for this payment method.</source>
        <translation>Het orderbedrag kan niet worden verhoogd voor deze betaalmethode.</translation>
    </message>
    <message>
        <source>Authorization time of {method} orders in {country} cannot be extended.</source>
        <translation>De autorisatietermijn kan niet worden verlengd voor bestellingen met betaalmethode {method} in {country}.</translation>
    </message>
    <message>
        <source>Order has reached the maximum authorization time of {days} days.</source>
        <translation>De bestelling heeft de maximale autorisatietermijn van {days} dagen bereikt.</translation>
    </message>
    <message>
        <source>Billing address cannot be updated due to risk assessment.</source>
        <translation>Het factuuradres kan niet worden gewijzigd vanwege de risicobeoordeling.</translation>
    </message>
    <message>
        <source>Capture {capture_id} could not be found.</source>
        <translation>Vastlegging {capture_id} is niet gevonden.</translation>
    </message>
    <message>
        <source>Extension of due date is not possible for this payment method.</source>
        <translation>De vervaldatum kan voor deze betaalmethode niet worden verlengd.</translation>
    </message>
    <message>
        <source>Capture is fully refunded. Extension of due date is not possible.</source>
        <translation>De vastlegging is volledig terugbetaald. De vervaldatum kan niet worden verlengd.</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from {country} (only {countries}).</source>
        <translation>Retourkosten zijn niet beschikbaar voor bestellingen uit {country} (alleen {countries}).</translation>
    </message>
    <message>
        <source>Return fees are not available for orders from this country (only {countries}).</source>
        <translation>Retourkosten zijn niet beschikbaar voor bestellingen uit dit land (alleen {countries}).</translation>
    </message>
    <message>
        <source>Return fees are possible only on orders captured in a single capture (this order has {count}).</source>
        <translation>Retourkosten zijn alleen mogelijk bij bestellingen die in één keer zijn vastgelegd (deze bestelling heeft er {count}).</translation>
    </message>
    <message>
        <source>This profile is read-only: it can look at orders but not change them.</source>
        <translation>Dit profiel is alleen-lezen: het kan bestellingen bekijken, maar niet wijzigen.</translation>
    </message>
    <message>
        <source>The request contains a password or API secret of a profile; it was not sent. Remove it and try again.</source>
        <translation>Het verzoek bevat het wachtwoord of API-geheim van een profiel en is niet verstuurd. Verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Voer een bedrag in</translation>
    </message>
    <message>
        <source>Enter the amount as text, e.g. 12.50</source>
        <translation>Voer het bedrag in als tekst, bijv. 12,50</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} is geen bedrag</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Het bedrag kan niet negatief zijn</translation>
    </message>
    <message>
        <source>{currency} has no decimals; {text} has {given}</source>
        <translation>{currency} heeft geen decimalen; {text} heeft er {given}</translation>
    </message>
    <message>
        <source>{currency} has 1 decimal; {text} has {given}</source>
        <translation>{currency} heeft 1 decimaal; {text} heeft er {given}</translation>
    </message>
    <message>
        <source>{currency} has {decimals} decimals; {text} has {given}</source>
        <translation>{currency} heeft {decimals} decimalen; {text} heeft er {given}</translation>
    </message>
    <message>
        <source>This currency</source>
        <translation>Deze valuta</translation>
    </message>
    <message>
        <source>{text} has more than one decimal mark</source>
        <translation>{text} heeft meer dan één decimaalteken</translation>
    </message>
    <message>
        <source>{text} is not grouped in thousands</source>
        <translation>{text} is niet in duizendtallen gegroepeerd</translation>
    </message>
    <message>
        <source>{given} is not {currency}: type the amount in {currency}, the order&apos;s currency</source>
        <translation>{given} is geen {currency}: voer het bedrag in {currency} in, de valuta van de bestelling</translation>
    </message>
    <message>
        <source>could not be read from Klarna after its last write ({detail})</source>
        <translation>kon na de laatste wijziging niet bij Klarna worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>journal entry {entry} cannot be sent again as it stands ({field})</source>
        <translation>journaalpost {entry} kan niet ongewijzigd opnieuw worden verstuurd ({field})</translation>
    </message>
    <message>
        <source>An earlier {action} (journal entry {entry}) never got an answer and its key is over 23 hours old: open the order and use Check with Klarna</source>
        <translation>Een eerder verzoek ({action}, journaalpost {entry}) heeft nooit antwoord gekregen en de sleutel is ouder dan 23 uur: open de bestelling en gebruik Controleren bij Klarna</translation>
    </message>
    <message>
        <source>done before ({when} UTC, journal entry {entry})</source>
        <translation>al eerder gedaan ({when} UTC, journaalpost {entry})</translation>
    </message>
    <message>
        <source>an earlier {action} on this order (journal entry {entry}) has no answer yet</source>
        <translation>een eerder verzoek voor deze bestelling ({action}, journaalpost {entry}) heeft nog geen antwoord</translation>
    </message>
    <message>
        <source>the same {action} was made minutes ago (journal entry {entry})</source>
        <translation>hetzelfde verzoek ({action}) is een paar minuten geleden gedaan (journaalpost {entry})</translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation>gestopt vóór verzending</translation>
    </message>
    <message>
        <source>sent, but its outcome could not be journaled: {detail}</source>
        <translation>verstuurd, maar de uitkomst kon niet in het journaal worden vastgelegd: {detail}</translation>
    </message>
    <message>
        <source>not sent: the journal could not be written: {detail}</source>
        <translation>niet verstuurd: er kon niet in het journaal worden geschreven: {detail}</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>er is niets verstuurd</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be recorded, so the action stays open and is resumed with its original idempotency key</source>
        <translation>het antwoord van Klarna kon niet worden opgeslagen, dus de actie blijft open en wordt hervat met de oorspronkelijke idempotentiesleutel</translation>
    </message>
    <message>
        <source>the orders fetched from Klarna were not saved on this computer</source>
        <translation>de bestellingen die bij Klarna zijn opgehaald, zijn niet op deze computer opgeslagen</translation>
    </message>
    <message>
        <source>today&apos;s backup of the journal was not taken</source>
        <translation>de back-up van het journaal van vandaag is niet gemaakt</translation>
    </message>
    <message>
        <source>the orders and journal of this profile cannot be shown</source>
        <translation>de bestellingen en het journaal van dit profiel kunnen niet worden weergegeven</translation>
    </message>
    <message>
        <source>the local data could not be read</source>
        <translation>de lokale gegevens konden niet worden gelezen</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>er is niets opgeslagen</translation>
    </message>
    <message>
        <source>is missing: the file was there before and is gone</source>
        <translation>ontbreekt: het bestand was er eerder en is verdwenen</translation>
    </message>
    <message>
        <source>is missing, but its -wal file (the newest part of it) is still there</source>
        <translation>ontbreekt, maar het -wal-bestand (het nieuwste deel ervan) is er nog</translation>
    </message>
    <message>
        <source>is empty (0 bytes): the file was there before, with data</source>
        <translation>is leeg (0 bytes): het bestand was er eerder, met gegevens</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is zeroed)</source>
        <translation>is geen leesbare SQLite-database (de eerste pagina is leeggemaakt)</translation>
    </message>
    <message>
        <source>is not a readable SQLite database (its first page is not a SQLite header)</source>
        <translation>is geen leesbare SQLite-database (de eerste pagina heeft geen SQLite-header)</translation>
    </message>
    <message>
        <source>failed SQLite&apos;s check: {detail}</source>
        <translation>is afgekeurd door de controle van SQLite: {detail}</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>is beschadigd ({detail})</translation>
    </message>
    <message>
        <source> ({amounts} in minor units)</source>
        <translation> ({amounts} in kleinste valuta-eenheden)</translation>
    </message>
    <message>
        <source>{n}) {action} on order {order}{amount}, started {started} UTC, idempotency key {key}, state {state}</source>
        <translation>{n}) {action} op bestelling {order}{amount}, gestart {started} UTC, idempotentiesleutel {key}, status {state}</translation>
    </message>
    <message>
        <source>nothing was left of it</source>
        <translation>er was niets van over</translation>
    </message>
    <message>
        <source>The local store {path} {problem}. It was moved aside whole ({files}) to {kept_in}; nothing was deleted, and a new, empty store was started for this profile. </source>
        <translation>De lokale database {path} {problem}. Hij is in zijn geheel ({files}) verplaatst naar {kept_in}; er is niets verwijderd, en er is een nieuwe, lege database gestart voor dit profiel. </translation>
    </message>
    <message>
        <source>the moved files</source>
        <translation>de verplaatste bestanden</translation>
    </message>
    <message>
        <source>the backup of {when}, {backup}</source>
        <translation>de back-up van {when}, {backup}</translation>
    </message>
    <message>
        <source>the moved files and the backup of {when}</source>
        <translation>de verplaatste bestanden en de back-up van {when}</translation>
    </message>
    <message>
        <source>and {more} more, listed in {readme}</source>
        <translation>en nog {more}, vermeld in {readme}</translation>
    </message>
    <message>
        <source> (read from {source})</source>
        <translation> (gelezen uit {source})</translation>
    </message>
    <message>
        <source>It held {count} write(s) to Klarna whose outcome was never recorded{read_from}. They are kept open in the new journal with their own keys: nothing new is sent for those orders until each is settled; each is sent again with its own key (Klarna applies it at most once) while the key is under 23 hours old, and older ones wait for Check with Klarna in the order&apos;s action: {writes}.</source>
        <translation>Hij bevatte {count} wijziging(en) naar Klarna waarvan de uitkomst nooit is vastgelegd{read_from}. Ze blijven open in het nieuwe journaal met hun eigen sleutels: voor die bestellingen wordt niets nieuws verstuurd tot elk ervan is afgehandeld; elk wordt opnieuw verstuurd met de eigen sleutel (Klarna voert het hoogstens één keer uit) zolang de sleutel jonger is dan 23 uur, en oudere wachten op Controleren bij Klarna in de actie van de bestelling: {writes}.</translation>
    </message>
    <message>
        <source> Part of its journal could not be read, so there may be more.</source>
        <translation> Een deel van het journaal kon niet worden gelezen, dus er kunnen er meer zijn.</translation>
    </message>
    <message>
        <source>It held no unfinished writes (read from {source}).</source>
        <translation>Hij bevatte geen onafgemaakte wijzigingen (gelezen uit {source}).</translation>
    </message>
    <message>
        <source>Its journal could not be read, so writes it left unfinished are unknown: check this profile&apos;s recent captures and refunds with Klarna before repeating any.</source>
        <translation>Het journaal kon niet worden gelezen, dus welke wijzigingen onafgemaakt bleven is onbekend: controleer de recente vastleggingen en terugbetalingen van dit profiel bij Klarna voordat u er een herhaalt.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; {then}. Free some space and try again.</source>
        <translation>De schijf met {folder} is vol; {then}. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The local store in {folder} is locked by another program (another Klarna Order Console window, a backup or sync tool) and stayed locked; {then}. Close the other program and try again.</source>
        <translation>De lokale database in {folder} is vergrendeld door een ander programma (een ander venster van Klarna Order Console, een back-up- of synchronisatieprogramma) en bleef vergrendeld; {then}. Sluit het andere programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source> ({where})</source>
        <translation> ({where})</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder}{where}: the folder belongs to another user, or the disk is read-only; {then}. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan niet schrijven naar {folder}{where}: de map is van een andere gebruiker, of de schijf is alleen-lezen; {then}. Geef uw gebruiker schrijfrechten, of start met --basedir naar een map die van u is.</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in a folder of that name</source>
        <translation>Klarna Order Console bewaart zijn gegevens in een map met die naam</translation>
    </message>
    <message>
        <source>Klarna Order Console keeps its data in {folder}</source>
        <translation>Klarna Order Console bewaart zijn gegevens in {folder}</translation>
    </message>
    <message>
        <source>{where} is in the way: it is a file, not a folder, and {role}; {then}. Move the file away, or start with --basedir pointing elsewhere.</source>
        <translation>{where} zit in de weg: het is een bestand, geen map, en {role}; {then}. Verplaats het bestand, of start met --basedir naar een andere plek.</translation>
    </message>
    <message>
        <source>The local store {path} is damaged ({detail}); {then}. Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>De lokale database {path} is beschadigd ({detail}); {then}. Sluit Klarna Order Console af en start het opnieuw: het programma zet het beschadigde bestand opzij, bewaart het in zijn geheel en toont de wijzigingen die daarin onafgemaakt bleven.</translation>
    </message>
    <message>
        <source>The local store {path} failed its daily check ({detail}). Quit and start Klarna Order Console again: it moves the damaged file aside, keeps it whole, and lists the writes it left unfinished.</source>
        <translation>De lokale database {path} is afgekeurd bij de dagelijkse controle ({detail}). Sluit Klarna Order Console af en start het opnieuw: het programma zet het beschadigde bestand opzij, bewaart het in zijn geheel en toont de wijzigingen die daarin onafgemaakt bleven.</translation>
    </message>
    <message>
        <source>The local store {path} could not be read ({detail}); nothing was changed. The disk may be failing or disconnected: check it, then open the profile again.</source>
        <translation>De lokale database {path} kon niet worden gelezen ({detail}); er is niets gewijzigd. De schijf is mogelijk defect of losgekoppeld: controleer hem en open het profiel daarna opnieuw.</translation>
    </message>
    <message>
        <source>{path} is not a readable SQLite database ({detail})</source>
        <translation>{path} is geen leesbare SQLite-database ({detail})</translation>
    </message>
    <message>
        <source>{path} has schema version {version}, newer than this program&apos;s {latest}: it was written by a newer Klarna Order Console; update the program to open it</source>
        <translation>{path} heeft schemaversie {version}, nieuwer dan {latest} van dit programma: het is geschreven door een nieuwere Klarna Order Console; werk het programma bij om het te openen</translation>
    </message>
    <message>
        <source>; the file as it was before is kept at {backup}</source>
        <translation>; het bestand zoals het eerst was, staat in {backup}</translation>
    </message>
    <message>
        <source>could not update {path} to schema {version} ({detail}){kept}</source>
        <translation>kon {path} niet bijwerken naar schema {version} ({detail}){kept}</translation>
    </message>
    <message>
        <source>the local store {path} is closed</source>
        <translation>de lokale database {path} is gesloten</translation>
    </message>
    <message>
        <source>The team store {where} cannot be reached ({detail}). Nothing is sent from this desk until it can be: every write is journaled there first.</source>
        <translation>De teamdatabase {where} is niet bereikbaar ({detail}). Vanaf deze werkplek wordt niets verstuurd tot hij bereikbaar is: elke wijziging wordt daar eerst in het journaal vastgelegd.</translation>
    </message>
    <message>
        <source>The team store {where} stopped answering ({detail}). What was being done was not sent; try again once the server answers.</source>
        <translation>De teamdatabase {where} reageert niet meer ({detail}). Wat bezig was, is niet verstuurd; probeer het opnieuw zodra de server reageert.</translation>
    </message>
    <message>
        <source>The team store {where} has schema version {version}, newer than this program&apos;s {latest}: another desk runs a newer Klarna Order Console; update it on this desk too.</source>
        <translation>De teamdatabase {where} heeft schemaversie {version}, nieuwer dan {latest} van dit programma: een andere werkplek gebruikt een nieuwere Klarna Order Console; werk het op deze werkplek ook bij.</translation>
    </message>
    <message>
        <source>Klarna did not answer in time ({detail})</source>
        <translation>Klarna heeft niet op tijd geantwoord ({detail})</translation>
    </message>
    <message>
        <source>could not reach Klarna at {url}: {detail}</source>
        <translation>kon Klarna niet bereiken op {url}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s answer could not be read as {kind}: {detail}</source>
        <translation>Het antwoord van Klarna kon niet worden gelezen als {kind}: {detail}</translation>
    </message>
    <message>
        <source>Klarna&apos;s next link {link} is not a Settlements URL</source>
        <translation>De volgende-link {link} van Klarna is geen Settlements-URL</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>geen inhoudstype</translation>
    </message>
    <message>
        <source>Klarna&apos;s {report} report came as {got}, not {expected}</source>
        <translation>Het rapport {report} van Klarna kwam als {got}, niet als {expected}</translation>
    </message>
    <message>
        <source>unknown region/environment {region}/{environment}: region is one of {regions}, environment one of {environments}</source>
        <translation>onbekende regio/omgeving {region}/{environment}: de regio is een van {regions}, de omgeving een van {environments}</translation>
    </message>
    <message>
        <source>base URL {url} is not an http(s) URL with a host</source>
        <translation>basis-URL {url} is geen http(s)-URL met een host</translation>
    </message>
    <message>
        <source>base URL {url} is not https: credentials would travel in clear text (plain http is accepted only for this machine, e.g. the sandbox)</source>
        <translation>basis-URL {url} gebruikt geen https: de inloggegevens zouden onversleuteld worden verstuurd (gewone http is alleen toegestaan voor deze computer, bijv. de sandbox)</translation>
    </message>
    <message>
        <source>put the API username and password in the profile, not in the URL</source>
        <translation>zet de API-gebruikersnaam en het wachtwoord in het profiel, niet in de URL</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({detail}); {file} was not saved (its earlier version is kept). Free some space and try again.</source>
        <translation>De schijf met {folder} is vol ({detail}); {file} is niet opgeslagen (de vorige versie blijft bewaard). Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Klarna Order Console cannot write to {folder} ({detail}); {file} was not saved. Give your user write access to it, or start with --basedir pointing to a folder you own.</source>
        <translation>Klarna Order Console kan niet schrijven naar {folder} ({detail}); {file} is niet opgeslagen. Geef uw gebruiker schrijfrechten, of start met --basedir naar een map die van u is.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>het bestand is geen geldige JSON ({detail})</translation>
    </message>
    <message>
        <source>it is format {format}, written by a newer Klarna Order Console</source>
        <translation>het bestand heeft formaat {format}, geschreven door een nieuwere Klarna Order Console</translation>
    </message>
    <message>
        <source>profile {number}: {detail}</source>
        <translation>profiel {number}: {detail}</translation>
    </message>
    <message>
        <source>profile {number} ({name}): its id {id} is used twice</source>
        <translation>profiel {number} ({name}): de ID {id} wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>profile {number} ({name}): {problems}</source>
        <translation>profiel {number} ({name}): {problems}</translation>
    </message>
    <message>
        <source>{value} is not a profile id (lower-case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation>{value} is geen profiel-ID (kleine letters, cijfers en &apos;-&apos;, hoogstens 63)</translation>
    </message>
    <message>
        <source>another profile is already called {name}</source>
        <translation>een ander profiel heet al {name}</translation>
    </message>
    <message>
        <source>{value} is not a colour like #4a6fa5</source>
        <translation>{value} is geen kleur zoals #4a6fa5</translation>
    </message>
    <message>
        <source>only the built-in Sandbox profile is a sandbox profile, and it cannot be changed</source>
        <translation>alleen het ingebouwde Sandbox-profiel is een sandboxprofiel, en dat kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be changed</source>
        <translation>het ingebouwde Sandbox-profiel kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>the built-in Sandbox profile cannot be removed</source>
        <translation>het ingebouwde Sandbox-profiel kan niet worden verwijderd</translation>
    </message>
    <message>
        <source>a custom base URL replaces region and environment: leave those empty</source>
        <translation>een eigen basis-URL vervangt regio en omgeving: laat die leeg</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed} (or give a base URL)</source>
        <translation>{value} is niet een van {allowed} (of geef een basis-URL op)</translation>
    </message>
    <message>
        <source>is required (the API username from the Merchant Portal)</source>
        <translation>is verplicht (de API-gebruikersnaam uit het Merchant Portal)</translation>
    </message>
    <message>
        <source>cannot contain &apos;:&apos;</source>
        <translation>mag geen &apos;:&apos; bevatten</translation>
    </message>
    <message>
        <source>cannot contain spaces or control characters</source>
        <translation>mag geen spaties of stuurtekens bevatten</translation>
    </message>
    <message>
        <source>cannot contain control characters</source>
        <translation>mag geen stuurtekens bevatten</translation>
    </message>
    <message>
        <source>must be a PostgreSQL URL starting with postgresql://</source>
        <translation>moet een PostgreSQL-URL zijn die begint met postgresql://</translation>
    </message>
    <message>
        <source>names no server (postgresql://user@host/database)</source>
        <translation>noemt geen server (postgresql://gebruiker@host/database)</translation>
    </message>
    <message>
        <source>must not hold the password: give it in the password field (kept in the keyring)</source>
        <translation>mag het wachtwoord niet bevatten: vul het in het wachtwoordveld in (het wordt in de sleutelbos bewaard)</translation>
    </message>
    <message>
        <source>Those profiles were left out; the others were loaded.</source>
        <translation>Die profielen zijn overgeslagen; de andere zijn geladen.</translation>
    </message>
    <message>
        <source>No profile could be read from it.</source>
        <translation>Er kon geen profiel uit het bestand worden gelezen.</translation>
    </message>
    <message>
        <source>Passwords in it must be entered again.</source>
        <translation>Wachtwoorden in het bestand moeten opnieuw worden ingevoerd.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}. {then} The file as it was is kept as {kept_as}.</source>
        <translation>{path} is beschadigd: {problems}. {then} Het bestand zoals het was, is bewaard als {kept_as}.</translation>
    </message>
    <message>
        <source>no usable keyring: install the &apos;keyring&apos; package and run under a desktop session with a secret service (or use the credentials file)</source>
        <translation>geen bruikbare sleutelbos: installeer het pakket &apos;keyring&apos; en werk in een desktopsessie met een secret service (of gebruik het bestand met inloggegevens)</translation>
    </message>
    <message>
        <source>the keyring refused the password of profile {profile}: {detail}</source>
        <translation>de sleutelbos heeft het wachtwoord van profiel {profile} geweigerd: {detail}</translation>
    </message>
    <message>
        <source>in the system keyring ({backend}), under the service name {service}</source>
        <translation>in de sleutelbos van het systeem ({backend}), onder de servicenaam {service}</translation>
    </message>
    <message>
        <source>in the file {path}, which only your user account can read (no system keyring was found)</source>
        <translation>in het bestand {path}, dat alleen uw gebruikersaccount kan lezen (geen sleutelbos van het systeem gevonden)</translation>
    </message>
    <message>
        <source>Connected to {url}: Klarna accepted the credentials.</source>
        <translation>Verbonden met {url}: Klarna heeft de inloggegevens geaccepteerd.</translation>
    </message>
    <message>
        <source>Klarna refused the username or password ({status}). Credentials work only in their own region and environment: check those as well ({environment}, {url}).</source>
        <translation>Klarna heeft de gebruikersnaam of het wachtwoord geweigerd ({status}). Inloggegevens werken alleen in hun eigen regio en omgeving: controleer die ook ({environment}, {url}).</translation>
    </message>
    <message>
        <source>{cause}. Check the region and environment (or the base URL) and the network connection.</source>
        <translation>{cause}. Controleer de regio en omgeving (of de basis-URL) en de netwerkverbinding.</translation>
    </message>
    <message>
        <source>{url} answered 404 without Klarna&apos;s NO_SUCH_ORDER: it may not be a Klarna Order Management host ({detail}).</source>
        <translation>{url} antwoordde 404 zonder Klarna&apos;s NO_SUCH_ORDER: het is mogelijk geen host voor Klarna Order Management ({detail}).</translation>
    </message>
    <message>
        <source>found at Klarna by Check with Klarna</source>
        <translation>bij Klarna gevonden met Controleren bij Klarna</translation>
    </message>
    <message>
        <source>recovered from the damaged store moved to {kept_in}</source>
        <translation>hersteld uit de beschadigde database die is verplaatst naar {kept_in}</translation>
    </message>
    <message>
        <source>Unexpected answer from {url}: {detail}</source>
        <translation>Onverwacht antwoord van {url}: {detail}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>is not a field Klarna accepts here</source>
        <translation>is geen veld dat Klarna hier accepteert</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>hoogstens {limit} tekens</translation>
    </message>
    <message>
        <source> (got {got} characters)</source>
        <translation> (opgegeven: {got} tekens)</translation>
    </message>
    <message>
        <source>at least {limit} characters</source>
        <translation>minstens {limit} tekens</translation>
    </message>
    <message>
        <source>at most {limit} items</source>
        <translation>hoogstens {limit} items</translation>
    </message>
    <message>
        <source> (got {got} items)</source>
        <translation> (opgegeven: {got} items)</translation>
    </message>
    <message>
        <source>at least {limit} item(s)</source>
        <translation>minstens {limit} item(s)</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>moet minstens {limit} zijn</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>mag hoogstens {limit} zijn</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>moet tussen {low} en {high} liggen</translation>
    </message>
    <message>
        <source>must be {expected}, not {got}</source>
        <translation>moet {expected} zijn, niet {got}</translation>
    </message>
    <message>
        <source>{value} is not allowed; use one of: {allowed}</source>
        <translation>{value} is niet toegestaan; gebruik een van: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not allowed</source>
        <translation>{value} is niet toegestaan</translation>
    </message>
    <message>
        <source>{value} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)</source>
        <translation>{value} is geen Klarna-ID (een UUID zoals 0b1d9815-165e-42e2-8867-35bc03789e00)</translation>
    </message>
    <message>
        <source>{value} is not a payment reference (up to 255 characters, no spaces or slashes)</source>
        <translation>{value} is geen betalingsreferentie (hoogstens 255 tekens, geen spaties of schuine strepen)</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD) or an ISO 8601 date-time</source>
        <translation>{value} is geen datum (JJJJ-MM-DD) of ISO 8601-datum-tijd</translation>
    </message>
    <message>
        <source>{value} is not an ISO 4217 code (three letters, like EUR)</source>
        <translation>{value} is geen ISO 4217-code (drie letters, zoals EUR)</translation>
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation>{end} ligt vóór de startdatum {start}</translation>
    </message>
    <message>
        <source>{action} needs a capture</source>
        <translation>{action}: vereist een vastlegging</translation>
    </message>
    <message>
        <source>{action} needs a request body</source>
        <translation>{action}: vereist een verzoekinhoud (body)</translation>
    </message>
    <message>
        <source>{action} takes no request body</source>
        <translation>{action}: accepteert geen verzoekinhoud (body)</translation>
    </message>
    <message>
        <source>say why you are sure Klarna did not apply it (1 to {limit} characters)</source>
        <translation>geef aan waarom u zeker weet dat Klarna het niet heeft uitgevoerd (1 tot {limit} tekens)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>verzoek</translation>
    </message>
</context>
</TS>
