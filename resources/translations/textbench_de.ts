<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>textbench::Account</name>
    <message>
        <source>the account has no &quot;sid&quot; (AC and 32 hex digits)</source>
        <translation>das Konto hat kein Feld &quot;sid&quot; (AC und 32 Hexadezimalziffern)</translation>
    </message>
</context>
<context>
    <name>textbench::ActiveProfile</name>
    <message>
        <source>There is no such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>Die integrierte Sandbox läuft nicht.</translation>
    </message>
</context>
<context>
    <name>textbench::ActivityWidget</name>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Select a request to see its headers and bodies (secrets masked).</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Kopfzeilen und Inhalte zu sehen (Geheimnisse maskiert).</translation>
    </message>
    <message>
        <source>The request as a cURL command; the credentials come from $TWILIO_… variables</source>
        <translation>Die Anfrage als cURL-Befehl; die Zugangsdaten stammen aus $TWILIO_…-Variablen</translation>
    </message>
    <message>
        <source>(waiting for the answer)</source>
        <translation>(warte auf Antwort)</translation>
    </message>
    <message>
        <source>Copy the selected request as c&amp;URL</source>
        <translation>Ausgewählte Anfrage als c&amp;URL kopieren</translation>
    </message>
</context>
<context>
    <name>textbench::Alert</name>
    <message>
        <source>an alert without its &quot;sid&quot; (NO…)</source>
        <translation>ein Alert ohne Feld &quot;sid&quot; (NO…)</translation>
    </message>
</context>
<context>
    <name>textbench::AlertListModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What Twilio says</source>
        <translation>Meldung von Twilio</translation>
    </message>
</context>
<context>
    <name>textbench::ApiCall</name>
    <message>
        <source>The server asked to wait %1 s before retrying, which is longer than Textbench waits on its own (%2 s); try again later.</source>
        <translation>Der Server verlangte, vor einem erneuten Versuch %1 s zu warten; das ist länger, als Textbench von sich aus wartet (%2 s). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Textbench did not retry: the wait would go past the request&apos;s overall deadline (%1 s).</source>
        <translation>Textbench hat es nicht erneut versucht: Die Wartezeit würde die Gesamtfrist der Anfrage (%1 s) überschreiten.</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1; erneuter Versuch in %2 s</translation>
    </message>
</context>
<context>
    <name>textbench::ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a Twilio region: use a region ID such as us1, ie1 or au1.</source>
        <translation>&quot;%1&quot; ist keine Twilio-Region: Verwenden Sie eine Regions-ID wie us1, ie1 oder au1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Twilio edge: use an edge location such as ashburn, dublin or sydney.</source>
        <translation>&quot;%1&quot; ist kein Twilio-Edge: Verwenden Sie einen Edge-Standort wie ashburn, dublin oder sydney.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable base URL: write it whole, e.g. https://api.twilio.com or http://127.0.0.1:8080.</source>
        <translation>&quot;%1&quot; ist keine verwendbare Basis-URL: Schreiben Sie sie vollständig, z. B. https://api.twilio.com oder http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password: credentials come from the profile or the environment, never from a URL.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten: Zugangsdaten stammen aus dem Profil oder der Umgebung, niemals aus einer URL.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; must not have a query or fragment.</source>
        <translation>Die Basis-URL &quot;%1&quot; darf weder eine Abfrage (Query) noch ein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1, ::1, localhost): credentials would cross the network unencrypted. Use https://%1 instead.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer erlaubt (127.0.0.1, ::1, localhost): Sonst würden Zugangsdaten unverschlüsselt über das Netzwerk übertragen. Verwenden Sie stattdessen https://%1.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for this computer only).</source>
        <translation>Die Basis-URL muss mit https:// beginnen (oder mit http://, nur für diesen Computer).</translation>
    </message>
</context>
<context>
    <name>textbench::ApiError</name>
    <message>
        <source>if the server at this address speaks plain HTTP, its URL starts with http://, not https://.</source>
        <translation>spricht der Server unter dieser Adresse reines HTTP, beginnt seine URL mit http://, nicht mit https://.</translation>
    </message>
    <message>
        <source>its certificate expired on %1.</source>
        <translation>das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>its certificate is not valid before %1 (check this computer&apos;s date).</source>
        <translation>das Zertifikat ist erst ab %1 gültig (prüfen Sie das Datum dieses Computers).</translation>
    </message>
    <message>
        <source>its certificate was issued for %1, not for %2.</source>
        <translation>das Zertifikat wurde für %1 ausgestellt, nicht für %2.</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>einen anderen Namen</translation>
    </message>
    <message>
        <source>its certificate is self-signed: no authority this system trusts vouches for it.</source>
        <translation>das Zertifikat ist selbst signiert: Keine Zertifizierungsstelle, der dieses System vertraut, bürgt dafür.</translation>
    </message>
    <message>
        <source>its certificate was issued by an authority this system does not trust.</source>
        <translation>das Zertifikat wurde von einer Zertifizierungsstelle ausgestellt, der dieses System nicht vertraut.</translation>
    </message>
    <message>
        <source>its certificate has been revoked.</source>
        <translation>das Zertifikat wurde widerrufen.</translation>
    </message>
    <message>
        <source>its certificate was refused (%1).</source>
        <translation>das Zertifikat wurde abgelehnt (%1).</translation>
    </message>
    <message>
        <source>the handshake broke before a certificate could be checked (%1); %2</source>
        <translation>der Handshake brach ab, bevor ein Zertifikat geprüft werden konnte (%1); %2</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Credentials needed</source>
        <translation>Zugangsdaten erforderlich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor sie abgeschlossen war.</translation>
    </message>
    <message>
        <source>The message may have been created before the request was cancelled: check the message log before sending it again, or it may be sent twice.</source>
        <translation>Die Nachricht wurde möglicherweise erstellt, bevor die Anfrage abgebrochen wurde: Prüfen Sie das Nachrichtenprotokoll, bevor Sie sie erneut senden, sonst wird sie womöglich doppelt gesendet.</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s, so the request was abandoned.</source>
        <translation>%1 hat %2 s lang nichts gesendet, daher wurde die Anfrage aufgegeben.</translation>
    </message>
    <message>
        <source>The request to %1 took longer than %2 s in all, so it was abandoned.</source>
        <translation>Die Anfrage an %1 dauerte insgesamt länger als %2 s und wurde daher aufgegeben.</translation>
    </message>
    <message>
        <source>Check your network connection and try again; raise the timeout if the connection is slow.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut; erhöhen Sie die Zeitüberschreitung, wenn die Verbindung langsam ist.</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>The response from %1 grew past %2 MiB, far more than Twilio sends, so it was abandoned.</source>
        <translation>Die Antwort von %1 wuchs über %2 MiB hinaus, weit mehr, als Twilio sendet, und wurde daher aufgegeben.</translation>
    </message>
    <message>
        <source>Check the base URL of the profile: it may not point at a Twilio API. For a list, ask for smaller pages.</source>
        <translation>Prüfen Sie die Basis-URL des Profils: Sie verweist möglicherweise nicht auf eine Twilio-API. Fordern Sie bei einer Liste kleinere Seiten an.</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Umleitung abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered the send with a redirect (HTTP %2). Textbench does not resend a message to follow it; nothing was created.</source>
        <translation>%1 hat auf das Senden mit einer Umleitung (HTTP %2) geantwortet. Textbench sendet eine Nachricht nicht erneut, um einer Umleitung zu folgen; es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>Check the base URL of the profile; Twilio&apos;s API does not redirect.</source>
        <translation>Prüfen Sie die Basis-URL des Profils; die API von Twilio leitet nicht um.</translation>
    </message>
    <message>
        <source>its compressed body could not be expanded: it is corrupt, or it would expand far beyond any Twilio response (a compression bomb). It was abandoned unread.</source>
        <translation>ihr komprimierter Inhalt ließ sich nicht entpacken: Er ist beschädigt oder würde weit über jede Twilio-Antwort hinaus anwachsen (eine Kompressionsbombe). Die Antwort wurde ungelesen verworfen.</translation>
    </message>
    <message>
        <source>Response could not be decoded</source>
        <translation>Antwort konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without saying where to; nothing more was sent.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, ohne ein Ziel anzugeben; es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>%1 redirected the request to &quot;%2&quot;, which Textbench does not follow; your credentials were not sent there.</source>
        <translation>%1 hat die Anfrage nach &quot;%2&quot; umgeleitet; Textbench folgt dem nicht, Ihre Zugangsdaten wurden nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check your network connection and DNS, and the region, edge or base URL of the profile.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und das DNS sowie Region, Edge oder Basis-URL des Profils.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening there.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort lauscht kein Dienst.</translation>
    </message>
    <message>
        <source>If the profile uses a custom base URL (a sandbox, mock or proxy), check that it is running; otherwise check the base URL.</source>
        <translation>Wenn das Profil eine eigene Basis-URL verwendet (eine Sandbox, einen Testserver oder einen Proxy), prüfen Sie, ob dieser läuft; andernfalls prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole response (HTTP %2) arrived.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die vollständige Antwort (HTTP %2) eingetroffen ist.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The connection closed before a secure session began: %1</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine sichere Sitzung begann: %1</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2 Textbench never sends credentials over an unverified connection, and has no setting to accept one.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2 Textbench sendet Zugangsdaten niemals über eine nicht überprüfte Verbindung und bietet keine Einstellung, eine solche zu akzeptieren.</translation>
    </message>
    <message>
        <source>Check the base URL and the system&apos;s date and CA certificates; a proxy that intercepts TLS must have its CA installed in the system.</source>
        <translation>Prüfen Sie die Basis-URL sowie Datum und CA-Zertifikate des Systems; bei einem Proxy, der TLS abfängt, muss dessen CA-Zertifikat im System installiert sein.</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another origin. Textbench does not follow it, so your credentials were not sent there.</source>
        <translation>%1 hat die Anfrage an einen anderen Ursprung umgeleitet. Textbench folgt dem nicht, daher wurden Ihre Zugangsdaten nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The response from %1 (HTTP %2) was cut off or malformed.</source>
        <translation>Die Antwort von %1 (HTTP %2) war abgeschnitten oder fehlerhaft.</translation>
    </message>
    <message>
        <source>The request to %1 failed before an answer arrived.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen, bevor eine Antwort eintraf.</translation>
    </message>
    <message>
        <source>The message may have been created before the connection failed: check the message log before sending it again, or it may be sent twice.</source>
        <translation>Die Nachricht wurde möglicherweise erstellt, bevor die Verbindung abbrach: Prüfen Sie das Nachrichtenprotokoll, bevor Sie sie erneut senden, sonst wird sie womöglich doppelt gesendet.</translation>
    </message>
    <message>
        <source>The error response is not JSON (%1); its first bytes are kept.</source>
        <translation>Die Fehlerantwort ist kein JSON (%1); ihre ersten Bytes werden aufbewahrt.</translation>
    </message>
    <message>
        <source>The error response is JSON but not an object.</source>
        <translation>Die Fehlerantwort ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source> · Twilio %1</source>
        <translation> · Twilio %1</translation>
    </message>
    <message>
        <source>Twilio may have created the message before failing: check the message log before sending it again, or it may be sent twice.</source>
        <translation>Twilio hat die Nachricht möglicherweise vor dem Fehler erstellt: Prüfen Sie das Nachrichtenprotokoll, bevor Sie sie erneut senden, sonst wird sie womöglich doppelt gesendet.</translation>
    </message>
    <message>
        <source>Textbench tried %1 times.</source>
        <translation>Textbench hat es %1-mal versucht.</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but the response is not what Twilio sends: %3</source>
        <translation>%1 hat mit HTTP %2 geantwortet, aber die Antwort entspricht nicht dem, was Twilio sendet: %3</translation>
    </message>
    <message>
        <source>Check the base URL of the profile: it may not point at a Twilio API.</source>
        <translation>Prüfen Sie die Basis-URL des Profils: Sie verweist möglicherweise nicht auf eine Twilio-API.</translation>
    </message>
    <message>
        <source>The message may have been created anyway: check the message log before sending it again.</source>
        <translation>Die Nachricht wurde möglicherweise trotzdem erstellt: Prüfen Sie das Nachrichtenprotokoll, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Twilio says: %1</source>
        <translation>Twilio meldet: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Weitere Informationen: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>textbench::ApiJob</name>
    <message>
        <source>Set the credentials, then try again.</source>
        <translation>Legen Sie die Zugangsdaten fest und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>der Inhalt ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the body is JSON but not an object</source>
        <translation>der Inhalt ist JSON, aber kein Objekt</translation>
    </message>
</context>
<context>
    <name>textbench::ComposeWidget</name>
    <message>
        <source>Send at</source>
        <translation>Senden am</translation>
    </message>
    <message>
        <source>Smart encoding (replace look-alike characters with GSM-7 ones)</source>
        <translation>Intelligente Kodierung (ähnlich aussehende Zeichen durch GSM-7-Zeichen ersetzen)</translation>
    </message>
    <message>
        <source>Shorten URLs (needs a Messaging Service)</source>
        <translation>URLs kürzen (erfordert einen Messaging Service)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>+1 415 555 2671, or whatsapp:+1…</source>
        <translation>+1 415 555 2671 oder whatsapp:+1…</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>A Twilio number, a short code, a sender ID, or MG… (a Messaging Service)</source>
        <translation>Eine Twilio-Nummer, eine Kurzwahlnummer (Short Code), eine Absenderkennung oder MG… (ein Messaging Service)</translation>
    </message>
    <message>
        <source>From or Messaging Service</source>
        <translation>Von oder Messaging Service</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>One public https:// URL per line (up to 10)</source>
        <translation>Eine öffentliche https://-URL pro Zeile (bis zu 10)</translation>
    </message>
    <message>
        <source>Media URLs</source>
        <translation>Medien-URLs</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Advanced: status callback, validity, scheduling, smart encoding, short URLs</source>
        <translation>Erweitert: Status-Rückruf, Gültigkeit, Planung, intelligente Kodierung, kurze URLs</translation>
    </message>
    <message>
        <source>Twilio&apos;s default (4 h)</source>
        <translation>Twilio-Standard (4 h)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Status callback</source>
        <translation>Status-Rückruf</translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation>Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Nachrichtentext</translation>
    </message>
    <message>
        <source>✓ Messaging Service</source>
        <translation>✓ Messaging Service</translation>
    </message>
    <message>
        <source>✗ A Messaging Service SID is MG and 32 hex digits.</source>
        <translation>✗ Eine Messaging Service SID besteht aus MG und 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Not in the GSM-7 alphabet: the whole message is sent as UCS-2 (70 characters a segment)</source>
        <translation>Nicht im GSM-7-Alphabet: Die gesamte Nachricht wird als UCS-2 gesendet (70 Zeichen pro Segment)</translation>
    </message>
    <message>
        <source>UCS-2 because of: %1</source>
        <translation>UCS-2 wegen: %1</translation>
    </message>
    <message>
        <source>— smart encoding would make it GSM-7, in 1 segment</source>
        <translation>— intelligente Kodierung ergäbe GSM-7 in 1 Segment</translation>
    </message>
    <message>
        <source>— smart encoding would make it GSM-7, in %1 segments</source>
        <translation>— intelligente Kodierung ergäbe GSM-7 in %1 Segmenten</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>short code</source>
        <translation>Kurzwahlnummer</translation>
    </message>
    <message>
        <source>Messaging Service “%1”</source>
        <translation>Messaging Service „%1“</translation>
    </message>
    <message>
        <source>SMS and MMS</source>
        <translation>SMS und MMS</translation>
    </message>
    <message>
        <source>SMS only</source>
        <translation>nur SMS</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the account&apos;s numbers, short codes and Messaging Services again</source>
        <translation>Nummern, Kurzwahlnummern und Messaging Services des Kontos erneut abrufen</translation>
    </message>
    <message>
        <source>Refresh the senders</source>
        <translation>Absender aktualisieren</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Ask Twilio&apos;s Lookup whether To is valid, and whether it is a mobile or a landline (billed on a real account; asked first)</source>
        <translation>Bei Twilio Lookup abfragen, ob der Empfänger gültig ist und ob es ein Mobilfunk- oder Festnetzanschluss ist (bei einem echten Konto kostenpflichtig; vorher wird nachgefragt)</translation>
    </message>
    <message>
        <source>Look up the To number</source>
        <translation>Empfängernummer nachschlagen</translation>
    </message>
    <message>
        <source>Looking %1 up…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>%1 cannot send MMS: Twilio will refuse the media or the message.</source>
        <translation>%1 kann keine MMS senden: Twilio wird die Medien oder die Nachricht ablehnen.</translation>
    </message>
    <message>
        <source>%1 is not one of this account&apos;s Messaging Services: Twilio will refuse it (21701).</source>
        <translation>%1 ist keiner der Messaging Services dieses Kontos: Twilio wird ihn ablehnen (21701).</translation>
    </message>
    <message>
        <source>%1 is not one of this account&apos;s numbers or short codes: Twilio refuses a From the account does not own (21606), unless it is a verified caller ID.</source>
        <translation>%1 ist keine Nummer und keine Kurzwahlnummer dieses Kontos: Twilio lehnt einen Absender (From) ab, der nicht zum Konto gehört (21606), es sei denn, es ist eine verifizierte Anrufer-ID.</translation>
    </message>
    <message>
        <source>Lookup: %1</source>
        <translation>Lookup: %1</translation>
    </message>
    <message>
        <source>Fetching this account&apos;s senders…</source>
        <translation>Absender dieses Kontos werden abgerufen…</translation>
    </message>
    <message>
        <source>Could not list all senders: %1</source>
        <translation>Nicht alle Absender konnten aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Press Send again to send anyway.</source>
        <translation>Klicken Sie erneut auf Senden, um trotzdem zu senden.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>no SMS</source>
        <translation>keine SMS</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Track feedback (ProvideFeedback: report later whether the person acted on it)</source>
        <translation>Feedback verfolgen (ProvideFeedback: später melden, ob die Person darauf reagiert hat)</translation>
    </message>
    <message>
        <source>%1 cannot send SMS: Twilio will refuse the message (21606).</source>
        <translation>%1 kann keine SMS senden: Twilio wird die Nachricht ablehnen (21606).</translation>
    </message>
    <message>
        <source>Send at (date and time)</source>
        <translation>Senden am (Datum und Uhrzeit)</translation>
    </message>
</context>
<context>
    <name>textbench::ConversationListModel</name>
    <message>
        <source>(a picture)</source>
        <translation>(ein Bild)</translation>
    </message>
    <message>
        <source>%1 · with %2</source>
        <translation>%1 · mit %2</translation>
    </message>
    <message>
        <source>You: </source>
        <translation>Sie: </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s); the last: %1</source>
        <translation>
            <numerusform>%n Nachricht; die letzte: %1</numerusform>
            <numerusform>%n Nachrichten; die letzte: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>textbench::ConversationsWidget</name>
    <message numerus="yes">
        <source>(%n picture(s))</source>
        <translation>
            <numerusform>(%n Bild)</numerusform>
            <numerusform>(%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>You (%1) wrote, %2: %3</source>
        <translation>Sie (%1) schrieben, %2: %3</translation>
    </message>
    <message>
        <source>%1 wrote, %2: %3</source>
        <translation>%1 schrieb, %2: %3</translation>
    </message>
    <message>
        <source>Send as the handset</source>
        <translation>Als Endgerät senden</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <source>The handset&apos;s number</source>
        <translation>Nummer des Endgeräts</translation>
    </message>
    <message>
        <source>The sandbox number it writes to</source>
        <translation>Die Sandbox-Nummer, an die es schreibt</translation>
    </message>
    <message>
        <source>What the handset writes</source>
        <translation>Was das Endgerät schreibt</translation>
    </message>
    <message>
        <source>Write as the handset, then Enter</source>
        <translation>Als Endgerät schreiben, dann Eingabe</translation>
    </message>
    <message>
        <source>&amp;Handset</source>
        <translation>&amp;Endgerät</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;an</translation>
    </message>
    <message>
        <source>%1, with your number %2</source>
        <translation>%1, mit Ihrer Nummer %2</translation>
    </message>
    <message>
        <source>Pick a conversation on the left, or write as a handset below.</source>
        <translation>Wählen Sie links eine Unterhaltung aus oder schreiben Sie unten als Endgerät.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Write as the handset</source>
        <translation>Als Endgerät schreiben</translation>
    </message>
    <message>
        <source>Received by %1 as %2; the sandbox now asks its SMS URL what to answer (see Webhooks).</source>
        <translation>Von %1 als %2 empfangen; die Sandbox fragt jetzt die SMS-URL der Nummer, was geantwortet werden soll (siehe Webhooks).</translation>
    </message>
</context>
<context>
    <name>textbench::CreateFeedbackJob</name>
    <message>
        <source>The outcome is confirmed (the message was acted on) or unconfirmed, not &quot;%1&quot;.</source>
        <translation>Das Ergebnis (outcome) ist confirmed (auf die Nachricht wurde reagiert) oder unconfirmed, nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>textbench::CreateMessageParams</name>
    <message>
        <source>%1 must be one of: %2 (not &quot;%3&quot;).</source>
        <translation>%1 muss einer der folgenden Werte sein: %2 (nicht &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date: write it as YYYY-MM-DD (or an ISO 8601 date-time such as 2026-11-27T10:00:00Z).</source>
        <translation>%1 &quot;%2&quot; ist kein Datum: Schreiben Sie es als YYYY-MM-DD (oder als ISO-8601-Datum mit Uhrzeit, etwa 2026-11-27T10:00:00Z).</translation>
    </message>
    <message>
        <source>To is required: the number to send to, such as +14155552671.</source>
        <translation>Der Empfänger (To) ist erforderlich: die Nummer, an die gesendet werden soll, etwa +14155552671.</translation>
    </message>
    <message>
        <source>A sender is required: give From (a Twilio number of this account) or a Messaging Service SID.</source>
        <translation>Ein Absender ist erforderlich: Geben Sie eine Absendernummer (From, eine Twilio-Nummer dieses Kontos) oder eine Messaging Service SID an.</translation>
    </message>
    <message>
        <source>To and From are the same number: a number cannot send a message to itself.</source>
        <translation>Empfänger (To) und Absender (From) sind dieselbe Nummer: Eine Nummer kann keine Nachricht an sich selbst senden.</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>The message is empty: give a body, a media URL or a content template (ContentSid).</source>
        <translation>Die Nachricht ist leer: Geben Sie einen Nachrichtentext, eine Medien-URL oder eine Inhaltsvorlage (ContentSid) an.</translation>
    </message>
    <message>
        <source>The body has %1 characters; Twilio accepts at most %2. Shorten it or split it into several messages.</source>
        <translation>Der Nachrichtentext hat %1 Zeichen; Twilio akzeptiert höchstens %2. Kürzen Sie ihn oder teilen Sie ihn auf mehrere Nachrichten auf.</translation>
    </message>
    <message>
        <source>There are %1 media URLs; a message can carry at most %2.</source>
        <translation>Es sind %1 Medien-URLs angegeben; eine Nachricht kann höchstens %2 enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media URL Twilio can fetch: use a full http:// or https:// address.</source>
        <translation>&quot;%1&quot; ist keine Medien-URL, die Twilio abrufen kann: Verwenden Sie eine vollständige http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>Content SID</source>
        <translation>Inhaltsvorlagen-SID</translation>
    </message>
    <message>
        <source>Application SID</source>
        <translation>Anwendungs-SID</translation>
    </message>
    <message>
        <source>The status callback &quot;%1&quot; is not a full http:// or https:// URL.</source>
        <translation>Der Status-Callback &quot;%1&quot; ist keine vollständige http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The validity period must be between 1 and 36000 seconds (10 hours), not %1.</source>
        <translation>Die Gültigkeitsdauer muss zwischen 1 und 36000 Sekunden (10 Stunden) liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Attempt must be 1 or more.</source>
        <translation>Attempt (Versuchsnummer) muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>The maximum price &quot;%1&quot; is not a number, such as 0.05.</source>
        <translation>Der Höchstpreis &quot;%1&quot; ist keine Zahl wie etwa 0.05.</translation>
    </message>
    <message>
        <source>Scheduling (SendAt) needs a Messaging Service SID (Twilio error 35118).</source>
        <translation>Planen (SendAt) erfordert eine Messaging Service SID (Twilio-Fehler 35118).</translation>
    </message>
    <message>
        <source>SendAt must be between 15 minutes and 35 days from now (Twilio error 35114); %1 is not.</source>
        <translation>SendAt muss zwischen 15 Minuten und 35 Tagen ab jetzt liegen (Twilio-Fehler 35114); %1 liegt außerhalb.</translation>
    </message>
    <message>
        <source>ScheduleType needs a SendAt time.</source>
        <translation>ScheduleType erfordert einen SendAt-Zeitpunkt.</translation>
    </message>
    <message>
        <source>%1 filter: %2</source>
        <translation>Filter %1: %2</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1, not %2.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
</context>
<context>
    <name>textbench::Credentials</name>
    <message>
        <source>The %1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>The %1 contains white space or control characters: copy it again from the Twilio Console.</source>
        <translation>%1 enthält Leerraum oder Steuerzeichen: Kopieren Sie den Wert erneut aus der Twilio-Konsole.</translation>
    </message>
    <message>
        <source>An API key needs the Account SID it belongs to: set TWILIO_ACCOUNT_SID (AC…) as well.</source>
        <translation>Ein API Key benötigt die zugehörige Account SID: Setzen Sie zusätzlich TWILIO_ACCOUNT_SID (AC…).</translation>
    </message>
    <message>
        <source>No Account SID: set TWILIO_ACCOUNT_SID (AC…) and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY, TWILIO_API_SECRET and TWILIO_ACCOUNT_SID.</source>
        <translation>Keine Account SID: Setzen Sie TWILIO_ACCOUNT_SID (AC…) und TWILIO_AUTH_TOKEN oder TWILIO_API_KEY, TWILIO_API_SECRET und TWILIO_ACCOUNT_SID.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>An API Key Secret needs its API Key SID: set TWILIO_API_KEY (SK…) as well.</source>
        <translation>Ein API Key Secret benötigt die zugehörige API Key SID: Setzen Sie zusätzlich TWILIO_API_KEY (SK…).</translation>
    </message>
    <message>
        <source>API Key SID</source>
        <translation>API Key SID</translation>
    </message>
    <message>
        <source>API Key Secret (TWILIO_API_SECRET)</source>
        <translation>API Key Secret (TWILIO_API_SECRET)</translation>
    </message>
    <message>
        <source>Auth Token (TWILIO_AUTH_TOKEN)</source>
        <translation>Auth Token (TWILIO_AUTH_TOKEN)</translation>
    </message>
</context>
<context>
    <name>textbench::DeleteMessageJob</name>
    <message>
        <source>If a connection broke while deleting, the delete may have gone through: list the messages to check.</source>
        <translation>Falls während des Löschens eine Verbindung abgebrochen ist, wurde die Nachricht möglicherweise trotzdem gelöscht: Listen Sie die Nachrichten auf, um das zu prüfen.</translation>
    </message>
</context>
<context>
    <name>textbench::DesktopNotifier</name>
    <message>
        <source>There is no session bus.</source>
        <translation>Es gibt keinen Sitzungsbus.</translation>
    </message>
    <message>
        <source>This build has no D-Bus support.</source>
        <translation>Dieser Build unterstützt D-Bus nicht.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Message delivered</source>
        <translation>Nachricht zugestellt</translation>
    </message>
    <message>
        <source>Message undelivered</source>
        <translation>Nachricht nicht zugestellt</translation>
    </message>
    <message>
        <source>Message failed</source>
        <translation>Nachricht fehlgeschlagen</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Nachricht empfangen</translation>
    </message>
    <message>
        <source>Message read</source>
        <translation>Nachricht gelesen</translation>
    </message>
    <message>
        <source>Message canceled</source>
        <translation>Nachricht storniert</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 an %2</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>To %1 from %2</source>
        <translation>An %1 von %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Error %1: %2. %3</source>
        <translation>Fehler %1: %2. %3</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
</context>
<context>
    <name>textbench::ErrorCatalog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The request worked; the response is the resource.</source>
        <translation>Die Anfrage war erfolgreich; die Antwort ist die Ressource.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>The resource was created (for a message: it was accepted and queued).</source>
        <translation>Die Ressource wurde erstellt (bei einer Nachricht: sie wurde angenommen und in die Warteschlange gestellt).</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Twilio accepted the request but has not finished processing it.</source>
        <translation>Twilio hat die Anfrage angenommen, ihre Verarbeitung aber noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Fetch the resource again in a moment to see the outcome.</source>
        <translation>Rufen Sie die Ressource gleich noch einmal ab, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>No Content</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <source>The request worked and there is nothing to return (a delete succeeded).</source>
        <translation>Die Anfrage war erfolgreich und es gibt nichts zurückzugeben (ein Löschvorgang war erfolgreich).</translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation>Dauerhaft verschoben</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>See Other</source>
        <translation>Siehe andere Adresse</translation>
    </message>
    <message>
        <source>Temporary Redirect</source>
        <translation>Vorübergehende Weiterleitung</translation>
    </message>
    <message>
        <source>Permanent Redirect</source>
        <translation>Dauerhafte Weiterleitung</translation>
    </message>
    <message>
        <source>The server answered with a redirect to another address.</source>
        <translation>Der Server hat mit einer Weiterleitung an eine andere Adresse geantwortet.</translation>
    </message>
    <message>
        <source>Textbench follows a redirect only on the same origin, so your credentials never go anywhere else. Check the base URL of the profile.</source>
        <translation>Textbench folgt einer Weiterleitung nur innerhalb desselben Ursprungs, damit Ihre Zugangsdaten nirgendwo anders hingelangen. Prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <source>Not Modified</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>The copy you already have is still current.</source>
        <translation>Die Kopie, die Sie bereits haben, ist noch aktuell.</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Twilio refused the request as invalid; its error code says which parameter.</source>
        <translation>Twilio hat die Anfrage als ungültig abgelehnt; der Fehlercode nennt den betreffenden Parameter.</translation>
    </message>
    <message>
        <source>Correct the parameter named in the message and send again.</source>
        <translation>Korrigieren Sie den in der Meldung genannten Parameter und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>The credentials were refused: the SID or secret is wrong, the API key was deleted, the account is suspended, or test credentials were used where live ones are needed.</source>
        <translation>Die Zugangsdaten wurden abgelehnt: Die SID oder der geheime Schlüssel ist falsch, der API Key wurde gelöscht, das Konto ist gesperrt, oder es wurden Test-Zugangsdaten verwendet, wo Live-Zugangsdaten nötig sind.</translation>
    </message>
    <message>
        <source>Check the Account SID and Auth Token (or API Key SID and Secret) of the profile, and its region: credentials of one region do not work in another.</source>
        <translation>Prüfen Sie Account SID und Auth Token (bzw. API Key SID und API Secret) des Profils sowie seine Region: Zugangsdaten einer Region funktionieren in keiner anderen.</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this (for example, test credentials can only create messages).</source>
        <translation>Die Zugangsdaten sind gültig, berechtigen aber nicht zu diesem Vorgang (Test-Zugangsdaten können zum Beispiel nur Nachrichten erstellen).</translation>
    </message>
    <message>
        <source>Use credentials with permission for this resource, such as live credentials.</source>
        <translation>Verwenden Sie Zugangsdaten mit Berechtigung für diese Ressource, etwa Live-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is no such resource for this account and region: the SID is wrong, belongs to another account or region, or the message was deleted.</source>
        <translation>Für dieses Konto und diese Region gibt es keine solche Ressource: Die SID ist falsch, gehört zu einem anderen Konto oder einer anderen Region, oder die Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <source>Check the SID, the profile&apos;s account and its region. Deleted messages are gone for good.</source>
        <translation>Prüfen Sie die SID sowie Konto und Region des Profils. Gelöschte Nachrichten sind endgültig verloren.</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>That operation is not supported on this resource.</source>
        <translation>Dieser Vorgang wird für diese Ressource nicht unterstützt.</translation>
    </message>
    <message>
        <source>Twilio does not allow it here; a message can be deleted only once it is no longer in flight.</source>
        <translation>Twilio erlaubt dies hier nicht; eine Nachricht kann erst gelöscht werden, wenn sie nicht mehr unterwegs ist.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>The request conflicts with the resource&apos;s current state.</source>
        <translation>Die Anfrage steht im Konflikt mit dem aktuellen Zustand der Ressource.</translation>
    </message>
    <message>
        <source>Fetch the resource to see its state, then try again.</source>
        <translation>Rufen Sie die Ressource ab, um ihren Zustand zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Nutzlast zu groß</translation>
    </message>
    <message>
        <source>The request was larger than the server accepts.</source>
        <translation>Die Anfrage war größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>Shorten the body or send fewer media URLs.</source>
        <translation>Kürzen Sie den Nachrichtentext oder senden Sie weniger Medien-URLs.</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>The account&apos;s limit of concurrent requests was reached; Twilio did not process the request.</source>
        <translation>Das Limit des Kontos für gleichzeitige Anfragen wurde erreicht; Twilio hat die Anfrage nicht verarbeitet.</translation>
    </message>
    <message>
        <source>Wait a moment and try again, and send fewer requests in parallel. It is safe to resend.</source>
        <translation>Warten Sie einen Moment, versuchen Sie es erneut und senden Sie weniger Anfragen parallel. Erneutes Senden ist unbedenklich.</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Twilio failed while handling the request.</source>
        <translation>Bei Twilio ist während der Verarbeitung der Anfrage ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Try again later. If this was a send, the message may or may not exist: check the message log before sending again.</source>
        <translation>Versuchen Sie es später erneut. War dies ein Sendevorgang, existiert die Nachricht möglicherweise trotzdem: Prüfen Sie das Nachrichtenprotokoll, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>A server between you and Twilio failed.</source>
        <translation>Bei einem Server zwischen Ihnen und Twilio ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Twilio is temporarily unavailable.</source>
        <translation>Twilio ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>Wait a little, then try again.</source>
        <translation>Warten Sie kurz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>A server between you and Twilio gave up waiting.</source>
        <translation>Ein Server zwischen Ihnen und Twilio hat das Warten aufgegeben.</translation>
    </message>
    <message>
        <source>Try again in a moment. If this was a send, check the message log before sending again.</source>
        <translation>Versuchen Sie es gleich erneut. War dies ein Sendevorgang, prüfen Sie das Nachrichtenprotokoll, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>The request worked.</source>
        <translation>Die Anfrage war erfolgreich.</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>Client-Fehler</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Read the error message below; correct the request and try again.</source>
        <translation>Lesen Sie die Fehlermeldung unten, korrigieren Sie die Anfrage und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>The server failed while handling the request (HTTP %1).</source>
        <translation>Beim Server ist während der Verarbeitung der Anfrage ein Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later. If this was a send, check the message log before sending again.</source>
        <translation>Versuchen Sie es später erneut. War dies ein Sendevorgang, prüfen Sie das Nachrichtenprotokoll, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Unexpected Status</source>
        <translation>Unerwarteter Status</translation>
    </message>
    <message>
        <source>The server answered with an HTTP status Textbench does not expect (%1).</source>
        <translation>Der Server hat mit einem HTTP-Status geantwortet, den Textbench nicht erwartet (%1).</translation>
    </message>
    <message>
        <source>Check the base URL of the profile: it may not point at a Twilio API.</source>
        <translation>Prüfen Sie die Basis-URL des Profils; möglicherweise verweist sie nicht auf eine Twilio-API.</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Twilio did not accept the credentials: a wrong SID or secret, a deleted API key, test credentials used on live data, or a suspended account.</source>
        <translation>Twilio hat die Zugangsdaten nicht akzeptiert: falsche SID oder falscher geheimer Schlüssel, ein gelöschter API Key, Test-Zugangsdaten für Live-Daten oder ein gesperrtes Konto.</translation>
    </message>
    <message>
        <source>Copy the Account SID and Auth Token (or API key) again from the Twilio Console and check the profile&apos;s region.</source>
        <translation>Kopieren Sie Account SID und Auth Token (bzw. den API Key) erneut aus der Twilio Console und prüfen Sie die Region des Profils.</translation>
    </message>
    <message>
        <source>Not available with test credentials</source>
        <translation>Mit Test-Zugangsdaten nicht verfügbar</translation>
    </message>
    <message>
        <source>Test credentials can only create messages; fetching, listing and deleting need live credentials.</source>
        <translation>Test-Zugangsdaten können nur Nachrichten erstellen; Abrufen, Auflisten und Löschen erfordern Live-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Switch to a live profile to read or delete messages.</source>
        <translation>Wechseln Sie zu einem Live-Profil, um Nachrichten zu lesen oder zu löschen.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Check the command: messages can be created, fetched, updated (redact or cancel), deleted and listed.</source>
        <translation>Prüfen Sie den Befehl: Nachrichten können erstellt, abgerufen, aktualisiert (geschwärzt oder storniert), gelöscht und aufgelistet werden.</translation>
    </message>
    <message>
        <source>Still in flight</source>
        <translation>Noch unterwegs</translation>
    </message>
    <message>
        <source>The message is still being delivered, so it cannot be deleted or redacted yet.</source>
        <translation>Die Nachricht wird noch zugestellt und kann daher noch nicht gelöscht oder geschwärzt werden.</translation>
    </message>
    <message>
        <source>Wait until its status is final (delivered, undelivered, failed, canceled), then try again.</source>
        <translation>Warten Sie, bis ihr Status endgültig ist (zugestellt, nicht zugestellt, fehlgeschlagen, storniert), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Resource not found</source>
        <translation>Ressource nicht gefunden</translation>
    </message>
    <message>
        <source>No such resource for this account: the SID is wrong, belongs to another account or region, or was deleted.</source>
        <translation>Keine solche Ressource für dieses Konto: Die SID ist falsch, gehört zu einem anderen Konto oder einer anderen Region oder wurde gelöscht.</translation>
    </message>
    <message>
        <source>Check the SID, the account and the region.</source>
        <translation>Prüfen Sie die SID, das Konto und die Region.</translation>
    </message>
    <message>
        <source>Too many concurrent requests</source>
        <translation>Zu viele gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>The account reached its limit of requests in flight; the request was not processed.</source>
        <translation>Das Konto hat sein Limit für gleichzeitig laufende Anfragen erreicht; die Anfrage wurde nicht verarbeitet.</translation>
    </message>
    <message>
        <source>Wait and retry, with fewer requests in parallel.</source>
        <translation>Warten Sie und versuchen Sie es erneut, mit weniger parallelen Anfragen.</translation>
    </message>
    <message>
        <source>Invalid To number</source>
        <translation>Ungültige Empfängernummer</translation>
    </message>
    <message>
        <source>The To number is not a valid phone number (it must be E.164, such as +14155552671), or it is the sender itself.</source>
        <translation>Die Empfängernummer (To) ist keine gültige Telefonnummer (sie muss im E.164-Format sein, etwa +14155552671), oder sie ist der Absender selbst.</translation>
    </message>
    <message>
        <source>Write the number with + and the country code.</source>
        <translation>Schreiben Sie die Nummer mit + und der Ländervorwahl.</translation>
    </message>
    <message>
        <source>To and From are the same</source>
        <translation>Empfänger und Absender sind identisch</translation>
    </message>
    <message>
        <source>A number cannot send a message to itself.</source>
        <translation>Eine Nummer kann keine Nachricht an sich selbst senden.</translation>
    </message>
    <message>
        <source>Send to another number, or from another sender.</source>
        <translation>Senden Sie an eine andere Nummer oder von einem anderen Absender.</translation>
    </message>
    <message>
        <source>To number required</source>
        <translation>Empfängernummer erforderlich</translation>
    </message>
    <message>
        <source>The request has no To number.</source>
        <translation>Die Anfrage enthält keine Empfängernummer (To).</translation>
    </message>
    <message>
        <source>Give the number to send to, such as +14155552671.</source>
        <translation>Geben Sie die Nummer an, an die gesendet werden soll, etwa +14155552671.</translation>
    </message>
    <message>
        <source>Invalid From number</source>
        <translation>Ungültige Absendernummer</translation>
    </message>
    <message>
        <source>The From number or alphanumeric sender ID is not valid.</source>
        <translation>Die Absendernummer (From) oder die alphanumerische Absender-ID ist ungültig.</translation>
    </message>
    <message>
        <source>Use a Twilio number of this account in E.164 form, or a valid sender ID.</source>
        <translation>Verwenden Sie eine Twilio-Nummer dieses Kontos im E.164-Format oder eine gültige Absender-ID.</translation>
    </message>
    <message>
        <source>No permission for this region</source>
        <translation>Keine Berechtigung für diese Region</translation>
    </message>
    <message>
        <source>The account&apos;s geographic permissions do not allow messages to this country.</source>
        <translation>Die geografischen Berechtigungen des Kontos erlauben keine Nachrichten in dieses Land.</translation>
    </message>
    <message>
        <source>Enable the country under Messaging &gt; Settings &gt; Geo permissions in the Twilio Console.</source>
        <translation>Aktivieren Sie das Land in der Twilio Console unter Messaging &gt; Settings &gt; Geo permissions (geografische Berechtigungen).</translation>
    </message>
    <message>
        <source>Body or media required</source>
        <translation>Nachrichtentext oder Medien erforderlich</translation>
    </message>
    <message>
        <source>A message needs a body, a media URL or a content template.</source>
        <translation>Eine Nachricht benötigt einen Nachrichtentext, eine Medien-URL oder eine Inhaltsvorlage.</translation>
    </message>
    <message>
        <source>Type a body or add a media URL.</source>
        <translation>Geben Sie einen Nachrichtentext ein oder fügen Sie eine Medien-URL hinzu.</translation>
    </message>
    <message>
        <source>Sender required</source>
        <translation>Absender erforderlich</translation>
    </message>
    <message>
        <source>A message needs a From number or a Messaging Service SID.</source>
        <translation>Eine Nachricht benötigt eine Absendernummer (From) oder eine Messaging Service SID.</translation>
    </message>
    <message>
        <source>Set From, or choose a Messaging Service.</source>
        <translation>Legen Sie einen Absender (From) fest oder wählen Sie einen Messaging Service.</translation>
    </message>
    <message>
        <source>Sender cannot send this message</source>
        <translation>Absender kann diese Nachricht nicht senden</translation>
    </message>
    <message>
        <source>The From number is not a message-capable number of this account for this destination.</source>
        <translation>Die Absendernummer (From) ist keine nachrichtenfähige Nummer dieses Kontos für dieses Ziel.</translation>
    </message>
    <message>
        <source>Pick a number this account owns that can send SMS to that country, or use a Messaging Service.</source>
        <translation>Wählen Sie eine Nummer dieses Kontos, die SMS in dieses Land senden kann, oder verwenden Sie einen Messaging Service.</translation>
    </message>
    <message>
        <source>Unverified number on a trial account</source>
        <translation>Nicht verifizierte Nummer bei einem Probekonto</translation>
    </message>
    <message>
        <source>Trial accounts can only send to verified phone numbers.</source>
        <translation>Probekonten können nur an verifizierte Telefonnummern senden.</translation>
    </message>
    <message>
        <source>Verify the number in the Twilio Console, or upgrade the account.</source>
        <translation>Verifizieren Sie die Nummer in der Twilio Console oder führen Sie ein Upgrade des Kontos durch.</translation>
    </message>
    <message>
        <source>Recipient opted out</source>
        <translation>Empfänger hat sich abgemeldet (Opt-out)</translation>
    </message>
    <message>
        <source>The recipient replied STOP to this sender; Twilio blocks further messages to them.</source>
        <translation>Der Empfänger hat diesem Absender mit STOP geantwortet; Twilio blockiert weitere Nachrichten an ihn.</translation>
    </message>
    <message>
        <source>Do not message them unless they reply START.</source>
        <translation>Senden Sie ihm keine Nachrichten, es sei denn, er antwortet mit START.</translation>
    </message>
    <message>
        <source>Sender queue full</source>
        <translation>Warteschlange des Absenders voll</translation>
    </message>
    <message>
        <source>The sender has too many messages queued.</source>
        <translation>Beim Absender stehen zu viele Nachrichten in der Warteschlange.</translation>
    </message>
    <message>
        <source>Wait until the queue drains, or spread messages over more senders.</source>
        <translation>Warten Sie, bis sich die Warteschlange geleert hat, oder verteilen Sie die Nachrichten auf mehr Absender.</translation>
    </message>
    <message>
        <source>Cannot route to this number</source>
        <translation>Keine Route zu dieser Nummer</translation>
    </message>
    <message>
        <source>The To number cannot be reached by SMS from this sender (for example, a landline or an unsupported carrier).</source>
        <translation>Die Empfängernummer ist von diesem Absender per SMS nicht erreichbar (zum Beispiel ein Festnetzanschluss oder ein nicht unterstützter Netzbetreiber).</translation>
    </message>
    <message>
        <source>Check the number, or use a sender that can reach it.</source>
        <translation>Prüfen Sie die Nummer oder verwenden Sie einen Absender, der sie erreichen kann.</translation>
    </message>
    <message>
        <source>Not a mobile number</source>
        <translation>Keine Mobilfunknummer</translation>
    </message>
    <message>
        <source>The To number is not a mobile number and cannot receive SMS.</source>
        <translation>Die Empfängernummer ist keine Mobilfunknummer und kann keine SMS empfangen.</translation>
    </message>
    <message>
        <source>Use a mobile number.</source>
        <translation>Verwenden Sie eine Mobilfunknummer.</translation>
    </message>
    <message>
        <source>Body too long</source>
        <translation>Nachrichtentext zu lang</translation>
    </message>
    <message>
        <source>The body exceeds 1600 characters.</source>
        <translation>Der Nachrichtentext überschreitet 1600 Zeichen.</translation>
    </message>
    <message>
        <source>Shorten the body, or split it into several messages.</source>
        <translation>Kürzen Sie den Nachrichtentext oder teilen Sie ihn auf mehrere Nachrichten auf.</translation>
    </message>
    <message>
        <source>Invalid media URL</source>
        <translation>Ungültige Medien-URL</translation>
    </message>
    <message>
        <source>A media URL is not valid or cannot be fetched by Twilio.</source>
        <translation>Eine Medien-URL ist ungültig oder kann von Twilio nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Use publicly reachable http(s) URLs.</source>
        <translation>Verwenden Sie öffentlich erreichbare http(s)-URLs.</translation>
    </message>
    <message>
        <source>Too many media files</source>
        <translation>Zu viele Mediendateien</translation>
    </message>
    <message>
        <source>A message can carry at most 10 media URLs.</source>
        <translation>Eine Nachricht kann höchstens 10 Medien-URLs enthalten.</translation>
    </message>
    <message>
        <source>Remove media URLs until there are 10 or fewer.</source>
        <translation>Entfernen Sie Medien-URLs, bis es höchstens 10 sind.</translation>
    </message>
    <message>
        <source>Invalid Messaging Service</source>
        <translation>Ungültiger Messaging Service</translation>
    </message>
    <message>
        <source>The Messaging Service SID is not valid or does not exist.</source>
        <translation>Die Messaging Service SID ist ungültig oder existiert nicht.</translation>
    </message>
    <message>
        <source>Copy the Messaging Service SID (MG…) again from the Twilio Console.</source>
        <translation>Kopieren Sie die Messaging Service SID (MG…) erneut aus der Twilio Console.</translation>
    </message>
    <message>
        <source>Invalid update</source>
        <translation>Ungültige Aktualisierung</translation>
    </message>
    <message>
        <source>An update takes either an empty Body (to redact) or Status=canceled (to cancel), one at a time.</source>
        <translation>Eine Aktualisierung akzeptiert entweder einen leeren Nachrichtentext (Body, zum Schwärzen) oder Status=canceled (zum Stornieren), jeweils nur eines davon.</translation>
    </message>
    <message>
        <source>Redact with an empty body, or cancel a scheduled message; not both at once.</source>
        <translation>Schwärzen Sie mit einem leeren Nachrichtentext oder stornieren Sie eine geplante Nachricht; nicht beides gleichzeitig.</translation>
    </message>
    <message>
        <source>Cannot be canceled</source>
        <translation>Kann nicht storniert werden</translation>
    </message>
    <message>
        <source>Only a scheduled message can be canceled, before it is sent.</source>
        <translation>Nur eine geplante Nachricht kann storniert werden, und zwar bevor sie gesendet wird.</translation>
    </message>
    <message>
        <source>Check the message&apos;s status; once it has left the schedule it cannot be called back.</source>
        <translation>Prüfen Sie den Status der Nachricht; sobald sie den Zeitplan verlassen hat, kann sie nicht mehr zurückgeholt werden.</translation>
    </message>
    <message>
        <source>Schedule time out of range</source>
        <translation>Geplanter Zeitpunkt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>SendAt must be between 15 minutes and 35 days in the future.</source>
        <translation>SendAt muss zwischen 15 Minuten und 35 Tagen in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose a time inside that window.</source>
        <translation>Wählen Sie einen Zeitpunkt innerhalb dieses Zeitraums.</translation>
    </message>
    <message>
        <source>Scheduling needs a Messaging Service</source>
        <translation>Planen erfordert einen Messaging Service</translation>
    </message>
    <message>
        <source>Only messages sent through a Messaging Service can be scheduled.</source>
        <translation>Nur Nachrichten, die über einen Messaging Service gesendet werden, können geplant werden.</translation>
    </message>
    <message>
        <source>Set a Messaging Service SID, or send now.</source>
        <translation>Legen Sie eine Messaging Service SID fest oder senden Sie sofort.</translation>
    </message>
    <message>
        <source>Unreachable handset</source>
        <translation>Endgerät nicht erreichbar</translation>
    </message>
    <message>
        <source>The phone is off, out of coverage or cannot take messages right now.</source>
        <translation>Das Telefon ist ausgeschaltet, außerhalb des Empfangsbereichs oder kann gerade keine Nachrichten annehmen.</translation>
    </message>
    <message>
        <source>Try again later; the recipient may need to restart the phone.</source>
        <translation>Versuchen Sie es später erneut; eventuell muss der Empfänger sein Telefon neu starten.</translation>
    </message>
    <message>
        <source>Unknown destination</source>
        <translation>Unbekanntes Ziel</translation>
    </message>
    <message>
        <source>The number may not exist or is no longer in service.</source>
        <translation>Die Nummer existiert möglicherweise nicht oder ist nicht mehr in Betrieb.</translation>
    </message>
    <message>
        <source>Check the number with the recipient.</source>
        <translation>Klären Sie die Nummer mit dem Empfänger ab.</translation>
    </message>
    <message>
        <source>Landline or unreachable carrier</source>
        <translation>Festnetz oder nicht erreichbarer Netzbetreiber</translation>
    </message>
    <message>
        <source>The number is a landline, or its carrier cannot deliver SMS.</source>
        <translation>Die Nummer ist ein Festnetzanschluss, oder ihr Netzbetreiber kann keine SMS zustellen.</translation>
    </message>
    <message>
        <source>Filtered by the carrier</source>
        <translation>Vom Netzbetreiber gefiltert</translation>
    </message>
    <message>
        <source>The carrier blocked the message as spam or against its content rules.</source>
        <translation>Der Netzbetreiber hat die Nachricht als Spam oder wegen Verstoßes gegen seine Inhaltsregeln blockiert.</translation>
    </message>
    <message>
        <source>Review the content and register the sender (A2P 10DLC, toll-free verification) where required.</source>
        <translation>Prüfen Sie den Inhalt und registrieren Sie den Absender, wo erforderlich (A2P 10DLC, Verifizierung gebührenfreier Nummern).</translation>
    </message>
    <message>
        <source>Unknown delivery error</source>
        <translation>Unbekannter Zustellungsfehler</translation>
    </message>
    <message>
        <source>Delivery failed and the carrier gave no reason.</source>
        <translation>Die Zustellung ist fehlgeschlagen, und der Netzbetreiber hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, contact Twilio support with the message SID.</source>
        <translation>Versuchen Sie es erneut; schlägt es weiterhin fehl, wenden Sie sich mit der SID der Nachricht an den Twilio-Support.</translation>
    </message>
    <message>
        <source>Unregistered 10DLC sender</source>
        <translation>Nicht registrierter 10DLC-Absender</translation>
    </message>
    <message>
        <source>US A2P 10DLC: the sender is not registered to an approved campaign.</source>
        <translation>US A2P 10DLC: Der Absender ist nicht für eine genehmigte Kampagne registriert.</translation>
    </message>
    <message>
        <source>Register the number with an approved A2P campaign in the Twilio Console.</source>
        <translation>Registrieren Sie die Nummer in der Twilio Console für eine genehmigte A2P-Kampagne.</translation>
    </message>
    <message>
        <source>HTTP retrieval failure</source>
        <translation>HTTP-Abruffehler</translation>
    </message>
    <message>
        <source>Twilio&apos;s request to your app failed: no answer, an error status or an answer it could not read.</source>
        <translation>Die Anfrage von Twilio an Ihre App ist fehlgeschlagen: keine Antwort, ein Fehlerstatus oder eine Antwort, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Open the request and response below; check that the app is running at that URL and answers 2xx within 15 seconds.</source>
        <translation>Öffnen Sie Anfrage und Antwort unten; prüfen Sie, ob die App unter dieser URL läuft und innerhalb von 15 Sekunden mit 2xx antwortet.</translation>
    </message>
    <message>
        <source>TCP connection timed out</source>
        <translation>Zeitüberschreitung der TCP-Verbindung</translation>
    </message>
    <message>
        <source>Twilio could not connect to your app within the connect timeout.</source>
        <translation>Twilio konnte innerhalb der Frist für den Verbindungsaufbau keine Verbindung zu Ihrer App herstellen.</translation>
    </message>
    <message>
        <source>Check that the app listens on that host and port and that nothing in between drops the connection.</source>
        <translation>Prüfen Sie, ob die App auf diesem Host und Port lauscht und ob nichts dazwischen die Verbindung verwirft.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at that host and port.</source>
        <translation>Auf diesem Host und Port hat nichts die Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Start the app, or fix the port in the URL.</source>
        <translation>Starten Sie die App oder korrigieren Sie den Port in der URL.</translation>
    </message>
    <message>
        <source>Response timed out</source>
        <translation>Zeitüberschreitung bei der Antwort</translation>
    </message>
    <message>
        <source>Your app accepted the request but did not finish its answer within 15 seconds.</source>
        <translation>Ihre App hat die Anfrage angenommen, ihre Antwort aber nicht innerhalb von 15 Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>Answer at once and do slow work afterwards (a queue, a background job).</source>
        <translation>Antworten Sie sofort und erledigen Sie langsame Arbeit danach (über eine Warteschlange oder einen Hintergrundjob).</translation>
    </message>
    <message>
        <source>HTTP connection failure</source>
        <translation>HTTP-Verbindungsfehler</translation>
    </message>
    <message>
        <source>The connection to your app failed: refused, reset, or closed before an answer.</source>
        <translation>Die Verbindung zu Ihrer App ist fehlgeschlagen: abgelehnt, zurückgesetzt oder vor einer Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Check that the app is running at that URL; look at its log for a crash on this request.</source>
        <translation>Prüfen Sie, ob die App unter dieser URL läuft; suchen Sie in ihrem Protokoll nach einem Absturz bei dieser Anfrage.</translation>
    </message>
    <message>
        <source>HTTP protocol violation</source>
        <translation>Verletzung des HTTP-Protokolls</translation>
    </message>
    <message>
        <source>Your app&apos;s answer was not valid HTTP (a malformed status line or headers, or a body cut short).</source>
        <translation>Die Antwort Ihrer App war kein gültiges HTTP (fehlerhafte Statuszeile oder Header oder ein abgeschnittener Inhalt).</translation>
    </message>
    <message>
        <source>Check what sits in front of the app (proxy, tunnel) and that the app writes a complete response.</source>
        <translation>Prüfen Sie, was vor der App sitzt (Proxy, Tunnel), und ob die App eine vollständige Antwort schreibt.</translation>
    </message>
    <message>
        <source>HTTP bad host name</source>
        <translation>Ungültiger HTTP-Hostname</translation>
    </message>
    <message>
        <source>The host name in the URL could not be resolved or is not allowed.</source>
        <translation>Der Hostname in der URL konnte nicht aufgelöst werden oder ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Fix the host in the URL. The sandbox only calls this computer (127.0.0.1, ::1, localhost).</source>
        <translation>Korrigieren Sie den Host in der URL. Die Sandbox ruft nur diesen Computer auf (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Zu viele Umleitungen</translation>
    </message>
    <message>
        <source>Your app redirected (HTTP 3xx or &lt;Redirect&gt;) more times than allowed.</source>
        <translation>Ihre App hat öfter umgeleitet (HTTP 3xx oder &lt;Redirect&gt;), als erlaubt ist.</translation>
    </message>
    <message>
        <source>Follow the redirects yourself and remove the loop.</source>
        <translation>Verfolgen Sie die Umleitungen selbst und beseitigen Sie die Schleife.</translation>
    </message>
    <message>
        <source>Your app answered with an error status</source>
        <translation>Ihre App hat mit einem Fehlerstatus geantwortet</translation>
    </message>
    <message>
        <source>The app answered 4xx or 5xx: Twilio takes that as a failure, and for an inbound message tries the fallback URL.</source>
        <translation>Die App hat mit 4xx oder 5xx geantwortet: Twilio wertet das als Fehlschlag und versucht es bei einer eingehenden Nachricht mit der Fallback-URL.</translation>
    </message>
    <message>
        <source>Read the app&apos;s answer below; a 403 usually means its signature check failed (see the signed string and the signature).</source>
        <translation>Lesen Sie die Antwort der App unten; ein 403 bedeutet meist, dass ihre Signaturprüfung fehlgeschlagen ist (siehe signierte Zeichenkette und Signatur).</translation>
    </message>
    <message>
        <source>Malformed URL</source>
        <translation>Fehlerhafte URL</translation>
    </message>
    <message>
        <source>The URL configured for this webhook is not a valid absolute URL.</source>
        <translation>Die für diesen Webhook konfigurierte URL ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>Set an http or https URL with a host, such as https://example.com/sms.</source>
        <translation>Legen Sie eine http- oder https-URL mit Host fest, etwa https://example.com/sms.</translation>
    </message>
    <message>
        <source>Invalid method</source>
        <translation>Ungültige Methode</translation>
    </message>
    <message>
        <source>The method configured for this webhook is neither GET nor POST.</source>
        <translation>Die für diesen Webhook konfigurierte Methode ist weder GET noch POST.</translation>
    </message>
    <message>
        <source>Set the method to GET or POST.</source>
        <translation>Setzen Sie die Methode auf GET oder POST.</translation>
    </message>
    <message>
        <source>Document parse failure</source>
        <translation>Fehler beim Parsen des Dokuments</translation>
    </message>
    <message>
        <source>Your app&apos;s answer was not a TwiML document that could be read (not well-formed XML, too large, too deep, or with a DTD).</source>
        <translation>Die Antwort Ihrer App war kein lesbares TwiML-Dokument (kein wohlgeformtes XML, zu groß, zu tief verschachtelt oder mit einer DTD).</translation>
    </message>
    <message>
        <source>Answer with a &lt;Response&gt; document, such as one made by twilio&apos;s MessagingResponse, and Content-Type: text/xml.</source>
        <translation>Antworten Sie mit einem &lt;Response&gt;-Dokument, etwa einem mit MessagingResponse von twilio erzeugten, und Content-Type: text/xml.</translation>
    </message>
    <message>
        <source>Invalid root element</source>
        <translation>Ungültiges Wurzelelement</translation>
    </message>
    <message>
        <source>A TwiML document&apos;s root element must be &lt;Response&gt;.</source>
        <translation>Das Wurzelelement eines TwiML-Dokuments muss &lt;Response&gt; sein.</translation>
    </message>
    <message>
        <source>Wrap the verbs in &lt;Response&gt;…&lt;/Response&gt;.</source>
        <translation>Schließen Sie die Verben in &lt;Response&gt;…&lt;/Response&gt; ein.</translation>
    </message>
    <message>
        <source>Schema validation warning</source>
        <translation>Warnung der Schemavalidierung</translation>
    </message>
    <message>
        <source>The TwiML holds something Twilio does not know for messaging; it was ignored and the rest carried out.</source>
        <translation>Das TwiML enthält etwas, das Twilio für Messaging nicht kennt; es wurde ignoriert und der Rest ausgeführt.</translation>
    </message>
    <message>
        <source>Check element and attribute names: they are case-sensitive (&lt;Message&gt;, not &lt;message&gt;).</source>
        <translation>Prüfen Sie die Element- und Attributnamen: Groß- und Kleinschreibung wird unterschieden (&lt;Message&gt;, nicht &lt;message&gt;).</translation>
    </message>
    <message>
        <source>Invalid Content-Type</source>
        <translation>Ungültiger Content-Type</translation>
    </message>
    <message>
        <source>Your app&apos;s answer had a Content-Type that is not TwiML, so it was not read.</source>
        <translation>Die Antwort Ihrer App hatte einen Content-Type, der nicht TwiML ist, und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <source>Answer with Content-Type: text/xml (or text/plain to send the text itself as the reply).</source>
        <translation>Antworten Sie mit Content-Type: text/xml (oder text/plain, um den Text selbst als Antwort zu senden).</translation>
    </message>
    <message>
        <source>Invalid &quot;to&quot; in &lt;Message&gt;</source>
        <translation>Ungültiges &quot;to&quot; in &lt;Message&gt;</translation>
    </message>
    <message>
        <source>The to attribute of a &lt;Message&gt; is not a valid address.</source>
        <translation>Das Attribut to einer &lt;Message&gt; ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Leave it out to answer the sender, or give an E.164 number.</source>
        <translation>Lassen Sie es weg, um dem Absender zu antworten, oder geben Sie eine Nummer im E.164-Format an.</translation>
    </message>
    <message>
        <source>Invalid &quot;from&quot; in &lt;Message&gt;</source>
        <translation>Ungültiges &quot;from&quot; in &lt;Message&gt;</translation>
    </message>
    <message>
        <source>The from attribute of a &lt;Message&gt; is not a number this account can send from.</source>
        <translation>Das Attribut from einer &lt;Message&gt; ist keine Nummer, von der dieses Konto senden kann.</translation>
    </message>
    <message>
        <source>Leave it out to answer from the number that received the message.</source>
        <translation>Lassen Sie es weg, um von der Nummer zu antworten, die die Nachricht empfangen hat.</translation>
    </message>
    <message>
        <source>Invalid &lt;Message&gt; body</source>
        <translation>Ungültiger Nachrichtentext in &lt;Message&gt;</translation>
    </message>
    <message>
        <source>A &lt;Message&gt; had neither text nor media, or more than 1600 characters.</source>
        <translation>Eine &lt;Message&gt; hatte weder Text noch Medien oder mehr als 1600 Zeichen.</translation>
    </message>
    <message>
        <source>Give the reply a body of 1 to 1600 characters, or media.</source>
        <translation>Geben Sie der Antwort einen Nachrichtentext mit 1 bis 1600 Zeichen oder Medien.</translation>
    </message>
    <message>
        <source>Invalid method in &lt;Message&gt;</source>
        <translation>Ungültige Methode in &lt;Message&gt;</translation>
    </message>
    <message>
        <source>The method attribute of a &lt;Message&gt; is neither GET nor POST.</source>
        <translation>Das Attribut method einer &lt;Message&gt; ist weder GET noch POST.</translation>
    </message>
    <message>
        <source>Use method=&quot;GET&quot; or method=&quot;POST&quot;.</source>
        <translation>Verwenden Sie method=&quot;GET&quot; oder method=&quot;POST&quot;.</translation>
    </message>
    <message>
        <source>Invalid statusCallback in &lt;Message&gt;</source>
        <translation>Ungültiger statusCallback in &lt;Message&gt;</translation>
    </message>
    <message>
        <source>The statusCallback of a &lt;Message&gt; is not a valid absolute URL.</source>
        <translation>Der statusCallback einer &lt;Message&gt; ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>Give an http or https URL, or leave it out.</source>
        <translation>Geben Sie eine http- oder https-URL an oder lassen Sie ihn weg.</translation>
    </message>
</context>
<context>
    <name>textbench::ErrorPanel</name>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Ausblenden (Esc)</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung ausblenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;HTTP %1 %2:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;HTTP %1 %2:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Twilio says: “%1”</source>
        <translation>Twilio meldet: „%1“</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Was zu tun ist:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;It was not resent:&lt;/b&gt; the message may have been created. Check the Log before sending again.</source>
        <translation>&lt;b&gt;Nicht erneut gesendet:&lt;/b&gt; Die Nachricht wurde möglicherweise erstellt. Prüfen Sie das Protokoll, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Twilio&apos;s page for this error</source>
        <translation>Twilio-Seite zu diesem Fehler</translation>
    </message>
    <message>
        <source>Retrying now (retry %1)…</source>
        <translation>Wird jetzt erneut versucht (Versuch %1)…</translation>
    </message>
    <message>
        <source>Retry %1 in %2 s</source>
        <translation>Erneuter Versuch %1 in %2 s</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>textbench::FetchAlertJob</name>
    <message>
        <source>alert SID</source>
        <translation>Alert-SID</translation>
    </message>
</context>
<context>
    <name>textbench::FetchMessagingServiceJob</name>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
</context>
<context>
    <name>textbench::FetchPhoneNumberJob</name>
    <message>
        <source>phone number SID</source>
        <translation>Telefonnummern-SID</translation>
    </message>
</context>
<context>
    <name>textbench::InspectorWidget</name>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Redact body…</source>
        <translation>Nachrichtentext schwärzen…</translation>
    </message>
    <message>
        <source>Cancel scheduled…</source>
        <translation>Geplante stornieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>SM… or MM… (paste a message SID)</source>
        <translation>SM… oder MM… (Nachrichten-SID einfügen)</translation>
    </message>
    <message>
        <source>Message SID</source>
        <translation>Nachrichten-SID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Find in JSON (Ctrl+F)</source>
        <translation>In JSON suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>The message as Twilio sent it appears here.</source>
        <translation>Hier erscheint die Nachricht so, wie Twilio sie geliefert hat.</translation>
    </message>
    <message>
        <source>Remove the body from Twilio&apos;s copy (once the message is no longer in flight)</source>
        <translation>Den Nachrichtentext aus der Kopie bei Twilio entfernen (sobald die Nachricht nicht mehr unterwegs ist)</translation>
    </message>
    <message>
        <source>Cancel a scheduled message before it is sent</source>
        <translation>Eine geplante Nachricht stornieren, bevor sie gesendet wird</translation>
    </message>
    <message>
        <source>Delete the message from Twilio (once it is no longer in flight)</source>
        <translation>Die Nachricht bei Twilio löschen (sobald sie nicht mehr unterwegs ist)</translation>
    </message>
    <message>
        <source>Redact the body?</source>
        <translation>Nachrichtentext schwärzen?</translation>
    </message>
    <message>
        <source>Twilio replaces the body of %1 with an empty one. This cannot be undone.</source>
        <translation>Twilio ersetzt den Nachrichtentext von %1 durch einen leeren. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Schwärzen</translation>
    </message>
    <message>
        <source>Cancel the scheduled message?</source>
        <translation>Geplante Nachricht stornieren?</translation>
    </message>
    <message>
        <source>%1 will not be sent.</source>
        <translation>%1 wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Nachricht stornieren</translation>
    </message>
    <message>
        <source>Delete the message?</source>
        <translation>Nachricht löschen?</translation>
    </message>
    <message>
        <source>Twilio deletes %1 and its record for good. This cannot be undone.</source>
        <translation>Twilio löscht %1 samt Datensatz endgültig. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Fetch %1</source>
        <translation>%1 abrufen</translation>
    </message>
    <message>
        <source>Redact %1</source>
        <translation>%1 schwärzen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 stornieren</translation>
    </message>
    <message>
        <source>Media of %1</source>
        <translation>Medien von %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>A message SID</source>
        <translation>Nachrichten-SID</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Following the status · next check in %1 s</source>
        <translation>Status wird verfolgt · nächste Prüfung in %1 s</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Endgültiger Status</translation>
    </message>
    <message>
        <source>Scheduled: nothing changes until its time</source>
        <translation>Geplant: Bis zum geplanten Zeitpunkt ändert sich nichts</translation>
    </message>
    <message>
        <source>Not following (press Fetch to look again)</source>
        <translation>Wird nicht verfolgt (zum erneuten Nachsehen auf Abrufen klicken)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fehler %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Twilio&apos;s page</source>
        <translation>Seite bei Twilio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>could not be listed (Ctrl+R tries again)</source>
        <translation>konnten nicht aufgelistet werden (Strg+R versucht es erneut)</translation>
    </message>
    <message>
        <source>none listed by Twilio</source>
        <translation>keine von Twilio aufgelistet</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Inspect by SID</source>
        <translation>Per SID &amp;untersuchen</translation>
    </message>
    <message>
        <source>&amp;Fetch again</source>
        <translation>Erneut &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Redact the body…</source>
        <translation>Nachrichtentext sch&amp;wärzen…</translation>
    </message>
    <message>
        <source>&amp;Cancel the scheduled message…</source>
        <translation>Geplante Nachricht st&amp;ornieren…</translation>
    </message>
    <message>
        <source>&amp;Delete the message…</source>
        <translation>Nachricht &amp;löschen…</translation>
    </message>
    <message>
        <source>Copy the raw &amp;JSON</source>
        <translation>Roh-&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Look up To</source>
        <translation>Empfänger nachschlagen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Tell Twilio whether the person acted on the message (Message Feedback)</source>
        <translation>Twilio mitteilen, ob die Person auf die Nachricht reagiert hat (Message Feedback)</translation>
    </message>
    <message>
        <source>Ask Twilio&apos;s Lookup whether the To number is a mobile or a landline (billed on a real account; asked first)</source>
        <translation>Bei Twilio Lookup abfragen, ob die Empfängernummer ein Mobilfunk- oder Festnetzanschluss ist (bei einem echten Konto kostenpflichtig; vorher wird nachgefragt)</translation>
    </message>
    <message>
        <source>Feedback and lookup</source>
        <translation>Feedback und Lookup</translation>
    </message>
    <message>
        <source>Feedback: &amp;confirmed (the person acted on it)</source>
        <translation>Feedback: &amp;confirmed (die Person hat darauf reagiert)</translation>
    </message>
    <message>
        <source>Feedback: &amp;unconfirmed</source>
        <translation>Feedback: unconf&amp;irmed</translation>
    </message>
    <message>
        <source>&amp;Look up the To number</source>
        <translation>Empfängernummer nac&amp;hschlagen</translation>
    </message>
    <message>
        <source>Looking %1 up…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Lookup: %1</source>
        <translation>Lookup: %1</translation>
    </message>
    <message>
        <source>Sending feedback…</source>
        <translation>Feedback wird gesendet…</translation>
    </message>
    <message>
        <source>Feedback on %1</source>
        <translation>Feedback zu %1</translation>
    </message>
    <message>
        <source>Feedback given: %1 (%2)</source>
        <translation>Feedback gesendet: %1 (%2)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>Look up %1: a landline?</source>
        <translation>%1 nachschlagen: ein Festnetzanschluss?</translation>
    </message>
    <message>
        <source>Delivery error</source>
        <translation>Zustellfehler</translation>
    </message>
    <message>
        <source>Find in the raw JSON</source>
        <translation>Im Roh-JSON suchen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>textbench::ListAccountsJob</name>
    <message>
        <source>An account&apos;s status is active, suspended or closed, not &quot;%1&quot;.</source>
        <translation>Der Status eines Kontos ist active, suspended oder closed, nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>textbench::ListAlertsJob</name>
    <message>
        <source>The log level is error, warning, notice or debug, not &quot;%1&quot;.</source>
        <translation>Die Protokollstufe ist error, warning, notice oder debug, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) or an ISO 8601 date-time.</source>
        <translation>&quot;%1&quot; ist kein Datum (YYYY-MM-DD) und kein ISO-8601-Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The page size is a number from 1 to 1000.</source>
        <translation>Die Seitengröße ist eine Zahl von 1 bis 1000.</translation>
    </message>
</context>
<context>
    <name>textbench::ListMediaJob</name>
    <message>
        <source>it has no media_list array</source>
        <translation>sie enthält kein Array media_list</translation>
    </message>
</context>
<context>
    <name>textbench::ListServicePhoneNumbersJob</name>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
</context>
<context>
    <name>textbench::ListWebhookDeliveriesJob</name>
    <message>
        <source>message SID</source>
        <translation>Nachrichten-SID</translation>
    </message>
</context>
<context>
    <name>textbench::LogWidget</name>
    <message>
        <source>Sent from</source>
        <translation>Gesendet ab</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Filter by To</source>
        <translation>Nach Empfänger filtern</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Filter by From</source>
        <translation>Nach Absender filtern</translation>
    </message>
    <message>
        <source>Load the log with these filters (F5)</source>
        <translation>Protokoll mit diesen Filtern laden (F5)</translation>
    </message>
    <message>
        <source>Save the messages loaded so far as CSV or JSON</source>
        <translation>Die bisher geladenen Nachrichten als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Load the log</source>
        <translation>Protokoll laden</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>1 message loaded</source>
        <translation>1 Nachricht geladen</translation>
    </message>
    <message>
        <source>%1 messages loaded</source>
        <translation>%1 Nachrichten geladen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>that is all</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>more as you scroll</source>
        <translation>weitere beim Blättern</translation>
    </message>
    <message>
        <source>Export the loaded messages</source>
        <translation>Geladene Nachrichten exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the log…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Sent until</source>
        <translation>Gesendet bis</translation>
    </message>
    <message>
        <source>Sent from (date)</source>
        <translation>Gesendet ab (Datum)</translation>
    </message>
    <message>
        <source>Sent until (date)</source>
        <translation>Gesendet bis (Datum)</translation>
    </message>
</context>
<context>
    <name>textbench::LookupPhoneNumberJob</name>
    <message>
        <source>Give the phone number to look up, in E.164 (+14155550123) or national with a country code.</source>
        <translation>Geben Sie die nachzuschlagende Telefonnummer an, im E.164-Format (+14155550123) oder national mit Ländercode.</translation>
    </message>
    <message>
        <source>That is %1 characters; a phone number is at most %2.</source>
        <translation>Das sind %1 Zeichen; eine Telefonnummer hat höchstens %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, +, spaces, dashes and brackets.</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer: nur Ziffern, +, Leerzeichen, Bindestriche und Klammern.</translation>
    </message>
    <message>
        <source>A country code is two letters (US, GB, DE), not &quot;%1&quot;.</source>
        <translation>Ein Ländercode besteht aus zwei Buchstaben (US, GB, DE), nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>textbench::LookupRunner</name>
    <message>
        <source>Look the number up?</source>
        <translation>Nummer nachschlagen?</translation>
    </message>
    <message>
        <source>Twilio bills each Lookup of a line type to your account (see twilio.com/lookup/pricing). Textbench looks numbers up only when you ask, and asks this once until it quits.

Look up %1?</source>
        <translation>Twilio berechnet Ihrem Konto jede Lookup-Abfrage der Anschlussart (siehe twilio.com/lookup/pricing). Textbench schlägt Nummern nur nach, wenn Sie es verlangen, und fragt dies nur einmal, bis es beendet wird.

%1 nachschlagen?</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Look up %1</source>
        <translation>%1 nachschlagen</translation>
    </message>
    <message>
        <source>%1 is not a valid number (%2)</source>
        <translation>%1 ist keine gültige Nummer (%2)</translation>
    </message>
    <message>
        <source>%1 · valid · %2</source>
        <translation>%1 · gültig · %2</translation>
    </message>
    <message>
        <source>cannot receive SMS (messages to it end in 30006)</source>
        <translation>kann keine SMS empfangen (Nachrichten dorthin enden mit Fehler 30006)</translation>
    </message>
</context>
<context>
    <name>textbench::MainWindow</name>
    <message>
        <source>Find in the raw JSON</source>
        <translation>Im Roh-JSON suchen</translation>
    </message>
    <message>
        <source>Load the log again (in the Log)</source>
        <translation>Protokoll erneut laden (im Protokoll)</translation>
    </message>
    <message>
        <source>Open the selected message (in the Log)</source>
        <translation>Ausgewählte Nachricht öffnen (im Protokoll)</translation>
    </message>
    <message>
        <source>Dismiss the error panel</source>
        <translation>Fehlerbereich schließen</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Textbench</source>
        <translation>Textbench</translation>
    </message>
    <message>
        <source>Send &amp;&amp; inspect</source>
        <translation>Senden &amp;&amp; Untersuchen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Sent under the previous profile</source>
        <translation>Unter dem vorherigen Profil gesendet</translation>
    </message>
    <message>
        <source>%1 was sent before the profile changed; switch back to follow it.</source>
        <translation>%1 wurde vor dem Profilwechsel gesendet; wechseln Sie zurück, um die Nachricht weiter zu verfolgen.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Open Profiles (Ctrl+Shift+P) to enter the secret again, or keep working on the Sandbox.</source>
        <translation>Öffnen Sie die Profile (Strg+Umschalt+P), um das Geheimnis erneut einzugeben, oder arbeiten Sie weiter mit der Sandbox.</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>Working on the Sandbox profile</source>
        <translation>Arbeit mit dem Sandbox-Profil</translation>
    </message>
    <message>
        <source>Sandbox at %1</source>
        <translation>Sandbox unter %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The profile every request uses (Ctrl+K)</source>
        <translation>Das Profil, das jede Anfrage verwendet (Strg+K)</translation>
    </message>
    <message>
        <source>Add, edit, test and remove profiles (Ctrl+Shift+P)</source>
        <translation>Profile hinzufügen, bearbeiten, testen und entfernen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>nothing leaves this computer</source>
        <translation>nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>Textbench — %1</source>
        <translation>Textbench — %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are on the built-in Sandbox&lt;/b&gt;: a Twilio-compatible API inside Textbench, so everything works without an account and nothing reaches Twilio. Send from %1; try Twilio&apos;s magic numbers (To +15005550001 is invalid, +15005559006 is undeliverable). Add your account under Profiles… (Ctrl+Shift+P).</source>
        <translation>&lt;b&gt;Sie verwenden die integrierte Sandbox&lt;/b&gt;: eine Twilio-kompatible API innerhalb von Textbench, daher funktioniert alles ohne Konto und nichts erreicht Twilio. Senden Sie von %1; probieren Sie die magischen Testnummern von Twilio aus (An +15005550001 ist ungültig, +15005559006 ist nicht zustellbar). Fügen Sie Ihr Konto unter Profile… hinzu (Strg+Umschalt+P).</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhooks and alerts</source>
        <translation>Webhooks und Alerts</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Act as one of the profile&apos;s subaccounts, with the profile&apos;s credentials</source>
        <translation>Als eines der Unterkonten des Profils handeln, mit den Zugangsdaten des Profils</translation>
    </message>
    <message>
        <source>%1 (main account)</source>
        <translation>%1 (Hauptkonto)</translation>
    </message>
    <message>
        <source>Subaccount %1</source>
        <translation>Unterkonto %1</translation>
    </message>
    <message>
        <source>The profile&apos;s own account %1</source>
        <translation>Das eigene Konto des Profils: %1</translation>
    </message>
    <message>
        <source>acting as %1</source>
        <translation>als Unterkonto %1</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Say on the desktop when a message sent or watched is delivered, fails or is received while Textbench is in the background</source>
        <translation>Auf dem Desktop melden, wenn eine gesendete oder beobachtete Nachricht zugestellt wird, fehlschlägt oder empfangen wird, während Textbench im Hintergrund ist</translation>
    </message>
    <message>
        <source>Profile kind: %1</source>
        <translation>Profilart: %1</translation>
    </message>
    <message>
        <source>%1 is under another profile</source>
        <translation>%1 gehört zu einem anderen Profil</translation>
    </message>
    <message>
        <source>It was followed under the profile “%1”. Switch back to it (Ctrl+K) to open it.</source>
        <translation>Sie wurde unter dem Profil „%1“ verfolgt. Wechseln Sie zurück zu diesem Profil (Strg+K), um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>textbench::Message</name>
    <message>
        <source>the message has no &quot;sid&quot;</source>
        <translation>die Nachricht hat kein Feld &quot;sid&quot;</translation>
    </message>
    <message>
        <source>the message&apos;s &quot;status&quot; is not a string</source>
        <translation>das Feld &quot;status&quot; der Nachricht ist keine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>textbench::MessageFeedback</name>
    <message>
        <source>the feedback has no &quot;message_sid&quot; or &quot;outcome&quot;</source>
        <translation>das Feedback hat kein Feld &quot;message_sid&quot; oder &quot;outcome&quot;</translation>
    </message>
</context>
<context>
    <name>textbench::MessageJobs</name>
    <message>
        <source>message SID</source>
        <translation>Nachrichten-SID</translation>
    </message>
</context>
<context>
    <name>textbench::MessageLogModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>textbench::PageEnvelope</name>
    <message>
        <source>the page has no &quot;%1&quot; array</source>
        <translation>die Seite hat kein &quot;%1&quot;-Array</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; is not what the page lists (%3)</source>
        <translation>Eintrag %1 von &quot;%2&quot; ist nicht, was die Seite auflistet (%3)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>textbench::PageJobBase</name>
    <message>
        <source>The page address &quot;%1&quot; is not on this profile&apos;s API host.</source>
        <translation>Die Seitenadresse &quot;%1&quot; liegt nicht auf dem API-Host dieses Profils.</translation>
    </message>
    <message>
        <source>its next page &quot;%1&quot; points away from the API host; it was not followed</source>
        <translation>ihre nächste Seite &quot;%1&quot; verweist nicht auf den API-Host; ihr wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>its next page leads back to a page already fetched</source>
        <translation>ihre nächste Seite führt zurück zu einer bereits abgerufenen Seite</translation>
    </message>
    <message>
        <source>an empty page claims there is a next page</source>
        <translation>eine leere Seite gibt an, dass es eine nächste Seite gibt</translation>
    </message>
</context>
<context>
    <name>textbench::PhoneLookup</name>
    <message>
        <source>the lookup has no &quot;valid&quot; (true or false) or &quot;phone_number&quot;</source>
        <translation>die Lookup-Antwort hat kein Feld &quot;valid&quot; (true oder false) oder &quot;phone_number&quot;</translation>
    </message>
</context>
<context>
    <name>textbench::PhoneNumber</name>
    <message>
        <source>a phone number without its &quot;sid&quot; (PN…) or &quot;phone_number&quot;</source>
        <translation>eine Telefonnummer ohne Feld &quot;sid&quot; (PN…) oder &quot;phone_number&quot;</translation>
    </message>
</context>
<context>
    <name>textbench::PhoneNumbers</name>
    <message>
        <source>fixed line</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>Festnetz oder Mobilfunk</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>Mehrwertdienst</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>geteilte Kosten</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>persönliche Nummer</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>UAN</source>
        <translation>UAN</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code: write the number in E.164 form, with + and the country code, such as %2.</source>
        <translation>&quot;%1&quot; hat keine Ländervorwahl: Schreiben Sie die Nummer im E.164-Format, mit + und Ländervorwahl, etwa %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits may follow the +, as in %2.</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer: Auf das + dürfen nur Ziffern folgen, wie in %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a valid country code (such as +1 or +44).</source>
        <translation>&quot;%1&quot; beginnt nicht mit einer gültigen Ländervorwahl (etwa +1 oder +44).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>&quot;%1&quot; ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number.</source>
        <translation>&quot;%1&quot; ist zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; write it in E.164 form, such as %2.</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer; schreiben Sie sie im E.164-Format, etwa %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a North American number: neither the area code nor the exchange may start with 0 or 1.</source>
        <translation>&quot;%1&quot; ist keine nordamerikanische Nummer: Weder die Vorwahl noch die Vermittlungsstelle darf mit 0 oder 1 beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too few digits for a number with country code +%2.</source>
        <translation>&quot;%1&quot; hat zu wenige Ziffern für eine Nummer mit der Ländervorwahl +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many digits for a number with country code +%2.</source>
        <translation>&quot;%1&quot; hat zu viele Ziffern für eine Nummer mit der Ländervorwahl +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the length of a number with country code +%2. Check the digits.</source>
        <translation>&quot;%1&quot; hat nicht die Länge einer Nummer mit der Ländervorwahl +%2. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>%1 is not a number range this computer&apos;s phone number data knows (it may be newer than the data); Twilio will say whether it is valid.</source>
        <translation>%1 liegt in keinem Nummernbereich, den die Telefonnummerndaten dieses Computers kennen (der Bereich ist vielleicht neuer als die Daten); Twilio wird mitteilen, ob die Nummer gültig ist.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>The %1 number is empty.</source>
        <translation>Die %1-Nummer ist leer.</translation>
    </message>
    <message>
        <source>The %1 value is %2 characters long: no phone number or address is that long.</source>
        <translation>Die %1-Angabe ist %2 Zeichen lang: So lang ist keine Telefonnummer und keine Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid alphanumeric sender ID: use 1 to 11 letters, digits and spaces, with at least one letter.</source>
        <translation>&quot;%1&quot; ist keine gültige alphanumerische Absenderkennung: Verwenden Sie 1 bis 11 Buchstaben, Ziffern und Leerzeichen, mit mindestens einem Buchstaben.</translation>
    </message>
</context>
<context>
    <name>textbench::Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>Ein Profilname darf höchstens 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control or invisible characters.</source>
        <translation>Ein Profilname darf keine Steuer- oder unsichtbaren Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>API Key SID</source>
        <translation>API Key SID</translation>
    </message>
    <message>
        <source>Default sender: %1</source>
        <translation>Standardabsender: %1</translation>
    </message>
    <message>
        <source>This is a Test profile. Test credentials can only create messages (with Twilio&apos;s magic numbers); fetching the account, listing and deleting need live credentials.</source>
        <translation>Dies ist ein Test-Profil. Test-Zugangsdaten können nur Nachrichten erstellen (mit den magischen Testnummern von Twilio); für das Abrufen des Kontos, das Auflisten und das Löschen werden Live-Zugangsdaten benötigt.</translation>
    </message>
</context>
<context>
    <name>textbench::ProfileListModel</name>
    <message>
        <source>Live</source>
        <translation>Live-Zugangsdaten</translation>
    </message>
    <message>
        <source>Test credentials</source>
        <translation>Test-Zugangsdaten</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this run only.</source>
        <translation>Der geheime Schlüssel wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
</context>
<context>
    <name>textbench::ProfileManager</name>
    <message>
        <source>The secret (Auth Token or API Key Secret) is empty.</source>
        <translation>Das Geheimnis (Auth Token oder API Key Secret) ist leer.</translation>
    </message>
    <message>
        <source>The secret contains white space or control characters: copy it again from the Twilio Console.</source>
        <translation>Das Geheimnis enthält Leerraum oder Steuerzeichen: Kopieren Sie es erneut aus der Twilio-Konsole.</translation>
    </message>
    <message>
        <source>This profile keeps its secret in memory for a single run of Textbench (no keychain could take it), and this run has not been given it yet. Enter the secret again (the command line puts it in the keychain: profiles edit NAME --new-secret), or use environment credentials.</source>
        <translation>Dieses Profil hält sein Geheimnis jeweils nur für eine Sitzung von Textbench im Arbeitsspeicher (kein Schlüsselbund konnte es übernehmen), und in dieser Sitzung wurde es noch nicht eingegeben. Geben Sie das Geheimnis erneut ein (die Befehlszeile legt es im Schlüsselbund ab: profiles edit NAME --new-secret) oder verwenden Sie Zugangsdaten aus der Umgebung.</translation>
    </message>
    <message>
        <source>There is no such profile to edit (the Sandbox profile is built in).</source>
        <translation>Ein solches Profil zum Bearbeiten gibt es nicht (das Sandbox-Profil ist integriert).</translation>
    </message>
    <message>
        <source>Enter the secret again to move it %1.</source>
        <translation>Geben Sie das Geheimnis erneut ein, um es %1 zu verschieben.</translation>
    </message>
    <message>
        <source>into the keychain</source>
        <translation>in den Schlüsselbund</translation>
    </message>
    <message>
        <source>into memory for this run</source>
        <translation>für diese Sitzung in den Arbeitsspeicher</translation>
    </message>
    <message>
        <source>There is no such profile to duplicate (the Sandbox profile is built in).</source>
        <translation>Ein solches Profil zum Duplizieren gibt es nicht (das Sandbox-Profil ist integriert).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is no such profile to remove (the Sandbox profile is built in).</source>
        <translation>Ein solches Profil zum Entfernen gibt es nicht (das Sandbox-Profil ist integriert).</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>textbench::ProfileStore</name>
    <message>
        <source>There is already a profile called &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The Sandbox profile is built in; it cannot be added again.</source>
        <translation>Das Sandbox-Profil ist integriert; es kann nicht erneut hinzugefügt werden.</translation>
    </message>
    <message>
        <source>There is no such profile to change (the Sandbox profile cannot be changed).</source>
        <translation>Es gibt kein solches Profil zum Ändern (das Sandbox-Profil kann nicht geändert werden).</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>Es gibt kein solches Profil.</translation>
    </message>
    <message>
        <source>There is no such profile to duplicate.</source>
        <translation>Es gibt kein solches Profil zum Duplizieren.</translation>
    </message>
</context>
<context>
    <name>textbench::ProfilesDialog</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Import from environment</source>
        <translation>Aus Umgebung importieren</translation>
    </message>
    <message>
        <source>Use this profile</source>
        <translation>Dieses Profil verwenden</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>us1 (default), ie1, au1</source>
        <translation>us1 (Standard), ie1, au1</translation>
    </message>
    <message>
        <source>e.g. dublin, sydney</source>
        <translation>z. B. dublin, sydney</translation>
    </message>
    <message>
        <source>https://api.twilio.com (a mock or proxy: http only on this computer)</source>
        <translation>https://api.twilio.com (ein Testserver oder Proxy: http nur auf diesem Computer)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Authentication</source>
        <translation>Au&amp;thentifizierung</translation>
    </message>
    <message>
        <source>Account &amp;SID</source>
        <translation>Account &amp;SID</translation>
    </message>
    <message>
        <source>API &amp;Key SID</source>
        <translation>API &amp;Key SID</translation>
    </message>
    <message>
        <source>S&amp;ecret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Ed&amp;ge</source>
        <translation>&amp;Edge</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Basis-&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Default sender</source>
        <translation>Stan&amp;dard-Absender</translation>
    </message>
    <message>
        <source>TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET, into a new profile</source>
        <translation>TWILIO_ACCOUNT_SID mit TWILIO_AUTH_TOKEN oder TWILIO_API_KEY und TWILIO_API_SECRET in ein neues Profil übernehmen</translation>
    </message>
    <message>
        <source>No TWILIO_* credentials in Textbench&apos;s environment</source>
        <translation>Keine TWILIO_*-Zugangsdaten in der Umgebung von Textbench</translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation>%1 wird jetzt verwendet.</translation>
    </message>
    <message>
        <source>Built in: a Twilio-compatible API inside Textbench. Nothing reaches Twilio.</source>
        <translation>Integriert: eine Twilio-kompatible API innerhalb von Textbench. Nichts erreicht Twilio.</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this run only (no keychain took it). Type it and save to move it into the keychain.</source>
        <translation>Das Geheimnis wird nur für diese Sitzung im Arbeitsspeicher gehalten (kein Schlüsselbund hat es übernommen). Geben Sie es ein und speichern Sie, um es in den Schlüsselbund zu verschieben.</translation>
    </message>
    <message>
        <source>The secret is in the OS keychain. Leave the field empty to keep it.</source>
        <translation>Das Geheimnis liegt im Schlüsselbund des Betriebssystems. Lassen Sie das Feld leer, um es beizubehalten.</translation>
    </message>
    <message>
        <source>API Key Secret</source>
        <translation>API Key Secret</translation>
    </message>
    <message>
        <source>unchanged (type to replace)</source>
        <translation>unverändert (zum Ersetzen eingeben)</translation>
    </message>
    <message>
        <source>The secret will be stored in the OS keychain, never in a file.</source>
        <translation>Das Geheimnis wird im Schlüsselbund des Betriebssystems gespeichert, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep the secret in memory for this run of Textbench only? Nothing is written anywhere; the next run will ask for it again.</source>
        <translation>Das Geheimnis nur für diese Sitzung von Textbench im Arbeitsspeicher behalten? Es wird nirgends etwas gespeichert; beim nächsten Start wird erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Keep for this run</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1. Its secret is kept in memory for this run only.</source>
        <translation>%1 gespeichert. Das Geheimnis wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (Kopie %1)</translation>
    </message>
    <message>
        <source>Duplicated as %1.</source>
        <translation>Als %1 dupliziert.</translation>
    </message>
    <message>
        <source>Remove the profile?</source>
        <translation>Profil entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 and delete its secret from the keychain?</source>
        <translation>%1 entfernen und das zugehörige Geheimnis aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>It works: %1 (%2), %3.</source>
        <translation>Es funktioniert: %1 (%2), %3.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>From environment</source>
        <translation>Aus Umgebung</translation>
    </message>
    <message>
        <source>From environment %1</source>
        <translation>Aus Umgebung %1</translation>
    </message>
    <message>
        <source>Filled in from the environment: check the fields, then Save (the secret goes to the keychain).</source>
        <translation>Aus der Umgebung ausgefüllt: Prüfen Sie die Felder und klicken Sie dann auf Speichern (das Geheimnis kommt in den Schlüsselbund).</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>Wechsel zu %1…</translation>
    </message>
    <message>
        <source>%1 or MG…</source>
        <translation>%1 oder MG…</translation>
    </message>
</context>
<context>
    <name>textbench::RequestLogModel</name>
    <message>
        <source>(attempt %1)</source>
        <translation>(Versuch %1)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>textbench::ResendWebhookDeliveryJob</name>
    <message>
        <source>webhook event SID</source>
        <translation>Webhook-Ereignis-SID</translation>
    </message>
</context>
<context>
    <name>textbench::SecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s. It may be waiting for a password prompt that cannot be shown (no desktop session, or a locked keyring): unlock the keyring (for example with Seahorse) and try again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. Möglicherweise wartet er auf eine Passwortabfrage, die nicht angezeigt werden kann (keine Desktop-Sitzung oder ein gesperrter Schlüsselbund): Entsperren Sie den Schlüsselbund (zum Beispiel mit Seahorse) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring that holds this secret is locked, and its unlock prompt could not be shown. Unlock it (for example with Seahorse, or by logging in to the desktop) and try again.</source>
        <translation>Der Schlüsselbund mit diesem Geheimnis ist gesperrt, und die Abfrage zum Entsperren konnte nicht angezeigt werden. Entsperren Sie ihn (zum Beispiel mit Seahorse oder durch Anmelden am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available: Textbench needs a Secret Service (such as GNOME Keyring or KWallet) on the D-Bus session bus. Start one, or use environment credentials or the Sandbox profile. (%1)</source>
        <translation>Kein Schlüsselbund verfügbar: Textbench benötigt einen Secret Service (etwa GNOME Keyring oder KWallet) auf dem D-Bus-Sitzungsbus. Starten Sie einen, oder verwenden Sie Zugangsdaten aus der Umgebung oder das Sandbox-Profil. (%1)</translation>
    </message>
    <message>
        <source>The keychain has no secret for this profile (it may have been deleted outside Textbench). Edit the profile and enter the secret again.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für dieses Profil (es wurde möglicherweise außerhalb von Textbench gelöscht). Bearbeiten Sie das Profil und geben Sie das Geheimnis erneut ein.</translation>
    </message>
    <message>
        <source>The keychain refused access: the keyring may be locked, or access was denied. Unlock it and try again. (%1)</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: Er ist möglicherweise gesperrt, oder der Zugriff wurde abgelehnt. Entsperren Sie ihn und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>textbench::SegmentCalculator</name>
    <message>
        <source>%1/%2 · 1 segment</source>
        <translation>%1/%2 · 1 Segment</translation>
    </message>
    <message>
        <source>%1/%2 · %3 segments</source>
        <translation>%1/%2 · %3 Segmente</translation>
    </message>
</context>
<context>
    <name>textbench::SendInboundMessageJob</name>
    <message>
        <source>From: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>A message needs a body or a media URL.</source>
        <translation>Eine Nachricht benötigt einen Nachrichtentext oder eine Medien-URL.</translation>
    </message>
</context>
<context>
    <name>textbench::SenderDirectory</name>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>short codes</source>
        <translation>Kurzwahlnummern</translation>
    </message>
    <message>
        <source>the numbers of %1</source>
        <translation>die Nummern von %1</translation>
    </message>
    <message>
        <source>Messaging Services</source>
        <translation>Messaging Services</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>textbench::Senders</name>
    <message>
        <source>a Messaging Service without its &quot;sid&quot; (MG…)</source>
        <translation>ein Messaging Service ohne Feld &quot;sid&quot; (MG…)</translation>
    </message>
    <message>
        <source>a service&apos;s number without its &quot;sid&quot; (PN…) or &quot;phone_number&quot;</source>
        <translation>eine Nummer eines Messaging Service ohne Feld &quot;sid&quot; (PN…) oder &quot;phone_number&quot;</translation>
    </message>
    <message>
        <source>a short code without its &quot;sid&quot; (SC…) or &quot;short_code&quot;</source>
        <translation>eine Kurzwahlnummer ohne Feld &quot;sid&quot; (SC…) oder &quot;short_code&quot;</translation>
    </message>
</context>
<context>
    <name>textbench::Sid</name>
    <message>
        <source>%1 followed by 32 hexadecimal digits</source>
        <translation>%1, gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The %1 is empty: it should be %2.</source>
        <translation>Die %1 ist leer: Erwartet wird %2.</translation>
    </message>
    <message>
        <source>The %1 does not start with %2: it should be %3. Check that it is not another value (such as a token or secret) set in its place.</source>
        <translation>Die %1 beginnt nicht mit %2: Erwartet wird %3. Prüfen Sie, ob stattdessen nicht ein anderer Wert (etwa ein Token oder Geheimnis) eingetragen ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: it should start with %3 (%4).</source>
        <translation>&quot;%1&quot; ist keine gültige %2: Sie sollte mit %3 beginnen (%4).</translation>
    </message>
    <message>
        <source>The %1 has a character that is not a hexadecimal digit at position %2: it should be %3.</source>
        <translation>Die %1 enthält an Position %2 ein Zeichen, das keine Hexadezimalziffer ist: Erwartet wird %3.</translation>
    </message>
    <message>
        <source>The %1 has a character that is not a hexadecimal digit at position %2 (&quot;%3&quot;): it should be %4.</source>
        <translation>Die %1 enthält an Position %2 ein Zeichen, das keine Hexadezimalziffer ist (&quot;%3&quot;): Erwartet wird %4.</translation>
    </message>
    <message>
        <source>The %1 has %2 characters instead of 34: it should be %3. Check that it was copied whole.</source>
        <translation>Die %1 hat %2 statt 34 Zeichen: Erwartet wird %3. Prüfen Sie, ob sie vollständig kopiert wurde.</translation>
    </message>
</context>
<context>
    <name>textbench::StateKeeper</name>
    <message>
        <source>the drafts and work of every profile (%1 files in %2)</source>
        <translation>die Entwürfe und die Arbeit aller Profile (%1 Dateien in %2)</translation>
    </message>
    <message>
        <source>the window&apos;s size, place and layout (in %1)</source>
        <translation>Größe, Position und Aufteilung des Fensters (in %1)</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Der Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The saved draft could not be read</source>
        <translation>Der gespeicherte Entwurf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 Textbench tries again at each change; what is on screen stays while it runs.</source>
        <translation>%1 Textbench versucht es bei jeder Änderung erneut; was auf dem Bildschirm steht, bleibt erhalten, solange es läuft.</translation>
    </message>
    <message>
        <source>%1&apos;s saved draft was kept aside</source>
        <translation>Der gespeicherte Entwurf von %1 wurde beiseitegelegt</translation>
    </message>
    <message>
        <source>The composer already holds a message, and %1&apos;s saved draft could not be kept aside: %2 Its text: %3</source>
        <translation>Der Editor enthält bereits eine Nachricht, und der gespeicherte Entwurf von %1 konnte nicht beiseitegelegt werden: %2 Sein Text: %3</translation>
    </message>
    <message>
        <source>The composer already holds a message; %1&apos;s saved draft (“%2”) is in %3.</source>
        <translation>Der Editor enthält bereits eine Nachricht; der gespeicherte Entwurf von %1 („%2“) liegt in %3.</translation>
    </message>
</context>
<context>
    <name>textbench::Twiml</name>
    <message>
        <source>the answer is not well-formed XML (%1, line %2, column %3).</source>
        <translation>die Antwort ist kein wohlgeformtes XML (%1, Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>&lt;Message method=&quot;%1&quot;&gt;: the method must be GET or POST.</source>
        <translation>&lt;Message method=&quot;%1&quot;&gt;: Die Methode muss GET oder POST sein.</translation>
    </message>
    <message>
        <source>the document refers to an undeclared entity &amp;%1;.</source>
        <translation>das Dokument verweist auf eine nicht deklarierte Entität &amp;%1;.</translation>
    </message>
    <message>
        <source>more than %1 &lt;Media&gt; in a &lt;Message&gt;: the rest ignored.</source>
        <translation>mehr als %1 &lt;Media&gt; in einer &lt;Message&gt;: der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a noun of &lt;Message&gt;; it was ignored.</source>
        <translation>&lt;%1&gt; ist kein Nomen von &lt;Message&gt;; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>the body of a &lt;Message&gt; has %1 characters; at most %2.</source>
        <translation>der Text einer &lt;Message&gt; hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>a &lt;Message&gt; with neither a body nor media.</source>
        <translation>eine &lt;Message&gt; ohne Text und ohne Medien.</translation>
    </message>
    <message>
        <source>the answer is %1 bytes; a TwiML document may have %2.</source>
        <translation>die Antwort ist %1 Byte groß; ein TwiML-Dokument darf %2 haben.</translation>
    </message>
    <message>
        <source>the text/plain answer has %1 characters; at most %2.</source>
        <translation>die text/plain-Antwort hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Type is &quot;%1&quot;; TwiML is text/xml or application/xml (text/plain sends the text itself).</source>
        <translation>der Content-Type der Antwort ist &quot;%1&quot;; TwiML ist text/xml oder application/xml (text/plain sendet den Text selbst).</translation>
    </message>
    <message>
        <source>the document declares a DTD; TwiML has none, and it is not read.</source>
        <translation>das Dokument deklariert eine DTD; TwiML hat keine, und sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>the document is nested more than %1 levels deep.</source>
        <translation>das Dokument ist mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;; a TwiML document is a &lt;Response&gt;.</source>
        <translation>das Wurzelelement ist &lt;%1&gt;; ein TwiML-Dokument ist eine &lt;Response&gt;.</translation>
    </message>
    <message>
        <source>more than %1 &lt;Message&gt;s: the rest ignored.</source>
        <translation>mehr als %1 &lt;Message&gt;-Elemente: der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>&lt;Redirect method=&quot;%1&quot;&gt;: the method must be GET or POST.</source>
        <translation>&lt;Redirect method=&quot;%1&quot;&gt;: Die Methode muss GET oder POST sein.</translation>
    </message>
    <message>
        <source>a &lt;Redirect&gt; without a URL.</source>
        <translation>ein &lt;Redirect&gt; ohne URL.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a TwiML verb for messaging; it was ignored.</source>
        <translation>&lt;%1&gt; ist kein TwiML-Verb für Messaging; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>the answer holds no XML element.</source>
        <translation>die Antwort enthält kein XML-Element.</translation>
    </message>
</context>
<context>
    <name>textbench::UpdateMessageJob</name>
    <message>
        <source>Nothing to update: give an empty body to redact the message, or the status &quot;canceled&quot; to cancel a scheduled one.</source>
        <translation>Nichts zu aktualisieren: Geben Sie einen leeren Nachrichtentext an, um die Nachricht zu schwärzen, oder den Status &quot;canceled&quot;, um eine geplante Nachricht zu stornieren.</translation>
    </message>
    <message>
        <source>Twilio only accepts an empty body in an update: it redacts the message. A sent body cannot be changed.</source>
        <translation>Twilio akzeptiert bei einer Aktualisierung nur einen leeren Nachrichtentext: Damit wird die Nachricht geschwärzt. Ein gesendeter Nachrichtentext kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The only status a message can be updated to is &quot;canceled&quot; (to cancel a scheduled message), not &quot;%1&quot;.</source>
        <translation>Der einzige Status, auf den eine Nachricht aktualisiert werden kann, ist &quot;canceled&quot; (um eine geplante Nachricht zu stornieren), nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>textbench::UpdatePhoneNumberJob</name>
    <message>
        <source>phone number SID</source>
        <translation>Telefonnummern-SID</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of the number&apos;s fields.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens eines der Felder der Nummer an.</translation>
    </message>
    <message>
        <source>%1 must be an http or https URL, not &quot;%2&quot;.</source>
        <translation>%1 muss eine http- oder https-URL sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is GET or POST, not &quot;%2&quot;.</source>
        <translation>%1 ist GET oder POST, nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>textbench::WebhookDelivery</name>
    <message>
        <source>a webhook event without its &quot;sid&quot; (WH…) or &quot;outcome&quot;</source>
        <translation>ein Webhook-Ereignis ohne Feld &quot;sid&quot; (WH…) oder &quot;outcome&quot;</translation>
    </message>
</context>
<context>
    <name>textbench::WebhookDeliveryModel</name>
    <message>
        <source>status callback: %1</source>
        <translation>Status-Callback: %1</translation>
    </message>
    <message>
        <source>inbound message</source>
        <translation>eingehende Nachricht</translation>
    </message>
    <message>
        <source>inbound message, fallback URL</source>
        <translation>eingehende Nachricht, Fallback-URL</translation>
    </message>
    <message>
        <source>&lt;Redirect&gt;</source>
        <translation>&lt;Redirect&gt;</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>not sent (%1)</source>
        <translation>nicht gesendet (%1)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>in flight…</source>
        <translation>unterwegs…</translation>
    </message>
    <message>
        <source>(no URL)</source>
        <translation>(keine URL)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>textbench::WebhookSignature</name>
    <message>
        <source>the port removed</source>
        <translation>Port entfernt</translation>
    </message>
    <message>
        <source>the default port :%1 added</source>
        <translation>Standardport :%1 ergänzt</translation>
    </message>
    <message>
        <source>the query re-encoded</source>
        <translation>Query neu kodiert</translation>
    </message>
    <message>
        <source>http instead of https (TLS ended by a proxy or tunnel)</source>
        <translation>http statt https (TLS von einem Proxy oder Tunnel terminiert)</translation>
    </message>
    <message>
        <source>https instead of http (a proxy or tunnel in front of the app)</source>
        <translation>https statt http (ein Proxy oder Tunnel vor der App)</translation>
    </message>
    <message>
        <source>without the trailing slash</source>
        <translation>ohne abschließenden Schrägstrich</translation>
    </message>
    <message>
        <source>with a trailing slash</source>
        <translation>mit abschließendem Schrägstrich</translation>
    </message>
</context>
<context>
    <name>textbench::WebhooksWidget</name>
    <message>
        <source>Error %1 (see %2)</source>
        <translation>Fehler %1 (siehe %2)</translation>
    </message>
    <message>
        <source>Error %1 · %2: %3</source>
        <translation>Fehler %1 · %2: %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Requests to your app</source>
        <translation>Anfragen an Ihre App</translation>
    </message>
    <message>
        <source>The request and the answer</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Select a request to see what was sent, signed and answered.</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, was gesendet, signiert und geantwortet wurde.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected request &amp;again</source>
        <translation>Ausgewählte Anfrage &amp;erneut senden</translation>
    </message>
    <message>
        <source>&amp;Reload requests and alerts</source>
        <translation>Anfragen und Alerts neu &amp;laden</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>The alert explained</source>
        <translation>Erklärung des Alerts</translation>
    </message>
    <message>
        <source>Select an alert to see it explained, with the request and the response.</source>
        <translation>Wählen Sie einen Alert aus, um seine Erklärung samt Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Textbench&apos;s sandbox records every request it makes to your app. Twilio keeps only the failures, as alerts: they are below, for this account too.</source>
        <translation>Die Sandbox von Textbench zeichnet jede Anfrage an Ihre App auf. Twilio bewahrt nur die Fehlschläge auf, als Alerts: Sie stehen unten, auch für dieses Konto.</translation>
    </message>
    <message>
        <source>Send this request to your app again, as Twilio retries: the same parameters and I-Twilio-Idempotency-Token, signed again</source>
        <translation>Diese Anfrage erneut an Ihre App senden, wie Twilio es bei Wiederholungen tut: dieselben Parameter und dasselbe I-Twilio-Idempotency-Token, neu signiert</translation>
    </message>
    <message>
        <source>Alerts (Twilio&apos;s debugger)</source>
        <translation>Alerts (Debugger von Twilio)</translation>
    </message>
    <message>
        <source>Webhook requests</source>
        <translation>Webhook-Anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>String signed (the URL, then each parameter&apos;s name and value, sorted)</source>
        <translation>Signierte Zeichenkette (die URL, dann Name und Wert jedes Parameters, sortiert)</translation>
    </message>
    <message>
        <source>X-Twilio-Signature</source>
        <translation>X-Twilio-Signature</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>, after %1 ms</source>
        <translation>, nach %1 ms</translation>
    </message>
    <message>
        <source>… (cut off: longer than Twilio reads)</source>
        <translation>… (abgeschnitten: länger, als Twilio liest)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Attempts: %1 · sent again: %2 · I-Twilio-Idempotency-Token: %3</source>
        <translation>Versuche: %1 · erneut gesendet: %2 · I-Twilio-Idempotency-Token: %3</translation>
    </message>
    <message>
        <source>Twilio says: %1</source>
        <translation>Twilio meldet: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Answer&apos;s headers: %1</source>
        <translation>Header der Antwort: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Weitere Informationen: %1</translation>
    </message>
    <message>
        <source>Error-level alert</source>
        <translation>Alert der Stufe Fehler</translation>
    </message>
    <message>
        <source>Warning-level alert</source>
        <translation>Alert der Stufe Warnung</translation>
    </message>
    <message>
        <source>Alert (%1)</source>
        <translation>Alert (%1)</translation>
    </message>
</context>
<context>
    <name>textbench::WorkStateStore</name>
    <message>
        <source>“%1” has a value of the wrong kind</source>
        <translation>„%1“ hat einen Wert der falschen Art</translation>
    </message>
    <message>
        <source>it is not a Textbench work state of version %1</source>
        <translation>sie ist kein Textbench-Arbeitsstand der Version %1</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>sie ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>sie ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The saved work of this profile (%1) could not be read: %2. It could not be set aside either; it will be replaced when you type.</source>
        <translation>Die gespeicherte Arbeit dieses Profils (%1) konnte nicht gelesen werden: %2. Sie konnte auch nicht beiseitegelegt werden; sie wird ersetzt, sobald Sie tippen.</translation>
    </message>
    <message>
        <source>The saved work of this profile could not be read: %1. It was set aside as %2.</source>
        <translation>Die gespeicherte Arbeit dieses Profils konnte nicht gelesen werden: %1. Sie wurde als %2 beiseitegelegt.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>textbench::Workbench</name>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation>Die integrierte Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::AccountCommand</name>
    <message>
        <source>  textbench-cli account                 the account check: does the account answer, and how
</source>
        <translation>  textbench-cli account                 die Kontoprüfung: Antwortet das Konto, und wie?
</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Usage: textbench-cli account [--json | -o json|ndjson|tsv|columns] [--properties LIST]

Fetches the account (GET /2010-04-01/Accounts/{AccountSid}.json): a quick check that the
credentials, region and base URL work.

</source>
        <translation>Aufruf: textbench-cli account [--json | -o json|ndjson|tsv|columns] [--properties LISTE]

Ruft das Konto ab (GET /2010-04-01/Accounts/{AccountSid}.json): eine schnelle Prüfung, ob
Zugangsdaten, Region und Basis-URL funktionieren.

</translation>
    </message>
</context>
<context>
    <name>textbench::cli::AccountsCommand</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>subaccount (use it: --subaccount %1)</source>
        <translation>Unterkonto (verwenden mit: --subaccount %1)</translation>
    </message>
    <message>
        <source>main account</source>
        <translation>Hauptkonto</translation>
    </message>
    <message>
        <source>  textbench-cli accounts list [--friendly-name N] [--status S]   the account and its subaccounts
</source>
        <translation>  textbench-cli accounts list [--friendly-name N] [--status S]   das Konto und seine Unterkonten
</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more.</source>
        <translation>--limit erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>No accounts.</source>
        <translation>Keine Konten.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::AlertsCommand</name>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Twilio says</source>
        <translation>Twilio meldet</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>  textbench-cli alerts list [--log-level L] [--start-date D] [--end-date D] [--limit N]
  textbench-cli alerts fetch --sid NO…   an alert with the request and response, explained
</source>
        <translation>  textbench-cli alerts list [--log-level L] [--start-date D] [--end-date D] [--limit N]
  textbench-cli alerts fetch --sid NO…   ein Alert mit Anfrage und Antwort, erklärt
</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more.</source>
        <translation>--limit erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Keine Alerts.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::CliApp</name>
    <message>
        <source>See: textbench-cli %1 --help</source>
        <translation>Siehe: textbench-cli %1 --help</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>secrets are never accepted as command-line arguments: other users can read them from the process list, and the shell keeps them in its history. Set TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET) in the environment instead.</source>
        <translation>Geheimnisse werden nie als Befehlszeilenargumente akzeptiert: Andere Benutzer können sie in der Prozessliste lesen, und die Shell speichert sie in ihrem Verlauf. Setzen Sie stattdessen TWILIO_AUTH_TOKEN (oder TWILIO_API_KEY und TWILIO_API_SECRET) in der Umgebung.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (values go after an option, such as --body &quot;Hello&quot;)</source>
        <translation>unerwartetes Argument &quot;%1&quot; (Werte stehen nach einer Option, etwa --body &quot;Hallo&quot;)</translation>
    </message>
    <message>
        <source>no Twilio credentials are set, and the built-in sandbox could not start.</source>
        <translation>es sind keine Twilio-Zugangsdaten gesetzt, und die eingebaute Sandbox konnte nicht starten.</translation>
    </message>
    <message>
        <source>No Twilio credentials in the environment: using the built-in sandbox. Nothing reaches Twilio, and its messages last until this command exits. Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or add a profile, to use your account.</source>
        <translation>Keine Twilio-Zugangsdaten in der Umgebung: Die eingebaute Sandbox wird verwendet. Nichts erreicht Twilio, und ihre Nachrichten bestehen nur, bis dieser Befehl endet. Setzen Sie TWILIO_ACCOUNT_SID und TWILIO_AUTH_TOKEN oder fügen Sie ein Profil hinzu, um Ihr Konto zu verwenden.</translation>
    </message>
    <message>
        <source>%1; retry %2 in %3 s…</source>
        <translation>%1; erneuter Versuch %2 in %3 s…</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2.</source>
        <translation>unbekannter Befehl &quot;%1&quot;; die Befehle sind: %2.</translation>
    </message>
    <message>
        <source>textbench-cli %1: Twilio&apos;s Programmable Messaging API from the command line.</source>
        <translation>textbench-cli %1: die Programmable Messaging API von Twilio auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Credentials come from the environment, never from an argument:
  TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET + TWILIO_ACCOUNT_SID
or from a profile, whose secret lives in the OS keychain. Precedence: --profile, then the environment,
then the active profile (profiles use), then the built-in sandbox: a Twilio-compatible API inside this
process. Nothing reaches Twilio from the sandbox, and its messages last until the command exits.
</source>
        <translation>Zugangsdaten kommen aus der Umgebung, niemals aus einem Argument:
  TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, oder TWILIO_API_KEY + TWILIO_API_SECRET + TWILIO_ACCOUNT_SID
oder aus einem Profil, dessen geheimer Schlüssel im Schlüsselbund des Systems liegt. Vorrang: --profile,
dann die Umgebung, dann das aktive Profil (profiles use), dann die integrierte Sandbox: eine Twilio-kompatible
API innerhalb dieses Prozesses. Aus der Sandbox gelangt nichts zu Twilio, und ihre Nachrichten bestehen nur,
bis der Befehl endet.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 other error, 2 usage or invalid input, 3 authentication, 4 not found,
            5 rate limited, 6 network or timeout, 7 server error, 8 other API error, 130 cancelled,
            141 standard output closed early (| head). Several SIDs: the highest of their codes.
            A list that fails half-way exits with its error&apos;s code; what it printed stays valid.
</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 sonstiger Fehler, 2 falscher Aufruf oder ungültige Eingabe, 3 Authentifizierung,
               4 nicht gefunden, 5 Ratenbegrenzung, 6 Netzwerk oder Zeitüberschreitung, 7 Serverfehler,
               8 sonstiger API-Fehler, 130 abgebrochen, 141 Standardausgabe vorzeitig geschlossen (| head).
               Mehrere SIDs: der höchste ihrer Werte. Eine Liste, die mittendrin scheitert, endet mit dem Wert
               ihres Fehlers; was sie ausgegeben hat, bleibt gültig.
</translation>
    </message>
    <message>
        <source>Error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>Error: standard output could not be written (%1); what was printed is incomplete.</source>
        <translation>Fehler: Die Standardausgabe konnte nicht geschrieben werden (%1); die Ausgabe ist unvollständig.</translation>
    </message>
    <message>
        <source>subaccount SID</source>
        <translation>Unterkonto-SID</translation>
    </message>
    <message>
        <source>Note: %1 answers for the credentials&apos; own account; --subaccount does not change it.</source>
        <translation>Hinweis: %1 antwortet für das eigene Konto der Zugangsdaten; --subaccount ändert daran nichts.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::Commands</name>
    <message>
        <source>Send, fetch, list, redact, cancel and delete messages</source>
        <translation>Nachrichten senden, abrufen, auflisten, schwärzen, stornieren und löschen</translation>
    </message>
    <message>
        <source>Check that the account answers, and how</source>
        <translation>Prüfen, ob und wie das Konto antwortet</translation>
    </message>
    <message>
        <source>Credential profiles; their secrets live in the OS keychain only</source>
        <translation>Zugangsprofile; ihre Geheimnisse liegen nur im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>Count a body&apos;s SMS segments as Twilio does</source>
        <translation>Die SMS-Segmente eines Nachrichtentexts zählen, wie Twilio es tut</translation>
    </message>
    <message>
        <source>Print the completion script of bash, zsh or fish</source>
        <translation>Das Vervollständigungsskript für bash, zsh oder fish ausgeben</translation>
    </message>
    <message>
        <source>Print the manual page</source>
        <translation>Die Handbuchseite ausgeben</translation>
    </message>
    <message>
        <source>Sign and verify X-Twilio-Signature; the sandbox&apos;s inbound messages and requests to your app</source>
        <translation>X-Twilio-Signature signieren und prüfen; eingehende Nachrichten der Sandbox und Anfragen an Ihre App</translation>
    </message>
    <message>
        <source>The account&apos;s phone numbers and their SMS URLs</source>
        <translation>Die Telefonnummern des Kontos und ihre SMS-URLs</translation>
    </message>
    <message>
        <source>Twilio&apos;s alerts (the debugger), explained</source>
        <translation>Die Alerts von Twilio (der Debugger), erklärt</translation>
    </message>
    <message>
        <source>The account&apos;s Messaging Services and their numbers</source>
        <translation>Die Messaging Services des Kontos und ihre Nummern</translation>
    </message>
    <message>
        <source>The account and its subaccounts (for --subaccount)</source>
        <translation>Das Konto und seine Unterkonten (für --subaccount)</translation>
    </message>
    <message>
        <source>Look a number up: valid, line type, carrier (billed)</source>
        <translation>Eine Nummer nachschlagen: Gültigkeit, Anschlussart, Netzbetreiber (kostenpflichtig)</translation>
    </message>
</context>
<context>
    <name>textbench::cli::CompletionCommand</name>
    <message>
        <source>  textbench-cli completion bash|zsh|fish   the shell&apos;s completion script, such as:
                                source &lt;(textbench-cli completion bash)
</source>
        <translation>  textbench-cli completion bash|zsh|fish   das Vervollständigungsskript der Shell, etwa:
                                source &lt;(textbench-cli completion bash)
</translation>
    </message>
    <message>
        <source>Usage: textbench-cli completion bash|zsh|fish

Prints the completion script of a shell: commands, verbs, options and profile names.
The Debian package installs all three; to try one in the running shell:
  bash: source &lt;(textbench-cli completion bash)
  zsh:  source &lt;(textbench-cli completion zsh)   (after compinit)
  fish: textbench-cli completion fish | source
</source>
        <translation>Aufruf: textbench-cli completion bash|zsh|fish

Gibt das Vervollständigungsskript einer Shell aus: Befehle, Verben, Optionen und Profilnamen.
Das Debian-Paket installiert alle drei; um eines in der laufenden Shell auszuprobieren:
  bash: source &lt;(textbench-cli completion bash)
  zsh:  source &lt;(textbench-cli completion zsh)   (nach compinit)
  fish: textbench-cli completion fish | source
</translation>
    </message>
    <message>
        <source>give the shell: bash, zsh or fish.</source>
        <translation>geben Sie die Shell an: bash, zsh oder fish.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::ConnectionChoice</name>
    <message>
        <source>there is no profile called &quot;%1&quot; (see: textbench-cli profiles list).</source>
        <translation>es gibt kein Profil namens &quot;%1&quot; (siehe: textbench-cli profiles list).</translation>
    </message>
</context>
<context>
    <name>textbench::cli::GlobalOptions</name>
    <message>
        <source>Options for every command (before or after it):</source>
        <translation>Optionen für jeden Befehl (davor oder dahinter):</translation>
    </message>
    <message>
        <source>Options for every command (see textbench-cli --help):</source>
        <translation>Optionen für jeden Befehl (siehe textbench-cli --help):</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds between 0 and 3600, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Anzahl Sekunden zwischen 0 und 3600, nicht &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::Input</name>
    <message>
        <source>%1: reading standard input; end it with Ctrl-D.</source>
        <translation>%1: lese die Standardeingabe; beenden Sie sie mit Strg-D.</translation>
    </message>
    <message>
        <source>%1 -: standard input cannot be read.</source>
        <translation>%1 -: die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be read (%3). Give the path of a text file, or - for standard input.</source>
        <translation>%1: „%2“ kann nicht gelesen werden (%3). Geben Sie den Pfad einer Textdatei an oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1: reading &quot;%2&quot; failed (%3).</source>
        <translation>%1: das Lesen von „%2“ ist fehlgeschlagen (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KiB, far more than this option takes.</source>
        <translation>%1: %2 ist größer als %3 KiB, weit mehr, als diese Option annimmt.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>%1: %2 is not UTF-8 text (byte %3 is 0x%4). Save it as UTF-8, or convert it with: iconv -f LATIN1 -t UTF-8</source>
        <translation>%1: %2 ist kein UTF-8-Text (Byte %3 ist 0x%4). Speichern Sie ihn als UTF-8 oder wandeln Sie ihn um mit: iconv -f LATIN1 -t UTF-8</translation>
    </message>
    <message>
        <source>%1 -: reading one a line from standard input; end with Ctrl-D.</source>
        <translation>%1 -: lese einen Wert pro Zeile von der Standardeingabe; beenden Sie sie mit Strg-D.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::LookupCommand</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>nein (%1)</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Inlandsformat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Anschlussart</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>a %1 cannot receive SMS: messages to it end in 30006</source>
        <translation>Anschlussart %1 kann keine SMS empfangen: Nachrichten dorthin enden mit Fehler 30006</translation>
    </message>
    <message>
        <source>  textbench-cli lookup NUMBER [--country-code CC] [--no-line-type]
                                valid? national format, line type, carrier (Lookup v2; billed)
</source>
        <translation>  textbench-cli lookup NUMMER [--country-code CC] [--no-line-type]
                                gültig? Inlandsformat, Anschlussart, Netzbetreiber (Lookup v2; kostenpflichtig)
</translation>
    </message>
    <message>
        <source>Usage: textbench-cli lookup NUMBER [--country-code CC] [--no-line-type]

Asks Twilio&apos;s Lookup v2 whether NUMBER is valid, its national format and, unless
--no-line-type, its line type (mobile, landline, VoIP, …) and carrier: a landline cannot
receive SMS (delivery error 30006). On a real account Twilio bills each line type
lookup; validity and formats are free. On the sandbox the answers are fixed: +15005559006
is a landline, +15005550001 invalid, other valid numbers mobile.

</source>
        <translation>Aufruf: textbench-cli lookup NUMMER [--country-code CC] [--no-line-type]

Fragt bei Twilio Lookup v2 ab, ob NUMMER gültig ist, ihr Inlandsformat und, außer mit --no-line-type,
ihre Anschlussart (mobile, landline, VoIP, …) und ihren Netzbetreiber: Ein Festnetzanschluss kann
keine SMS empfangen (Zustellungsfehler 30006). Bei einem echten Konto berechnet Twilio jede Abfrage
der Anschlussart; Gültigkeit und Formate sind kostenlos. In der Sandbox sind die Antworten fest:
+15005559006 ist ein Festnetzanschluss, +15005550001 ungültig, andere gültige Nummern mobil.

</translation>
    </message>
    <message>
        <source>give one phone number: textbench-cli lookup +14155550123</source>
        <translation>geben Sie eine Telefonnummer an: textbench-cli lookup +14155550123</translation>
    </message>
</context>
<context>
    <name>textbench::cli::ManPageCommand</name>
    <message>
        <source>  textbench-cli manpage                 the manual page, textbench-cli(1): textbench-cli manpage | man -l -
</source>
        <translation>  textbench-cli manpage                 die Handbuchseite textbench-cli(1): textbench-cli manpage | man -l -
</translation>
    </message>
    <message>
        <source>Usage: textbench-cli manpage

Prints the manual page in roff: textbench-cli manpage | man -l -
</source>
        <translation>Aufruf: textbench-cli manpage

Gibt die Handbuchseite in roff aus: textbench-cli manpage | man -l -
</translation>
    </message>
</context>
<context>
    <name>textbench::cli::MessageFollower</name>
    <message>
        <source>Still %1 after %2 s: stopped following it (--wait-timeout). Fetch it later with: textbench-cli messages fetch --sid %3</source>
        <translation>Nach %2 s immer noch %1: Verfolgung beendet (--wait-timeout). Später abrufen mit: textbench-cli messages fetch --sid %3</translation>
    </message>
    <message>
        <source>Sent with test credentials, which cannot fetch messages: there is no status to follow.</source>
        <translation>Mit Test-Zugangsdaten gesendet, die keine Nachrichten abrufen können: Es gibt keinen Status, der verfolgt werden kann.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::MessagesCommand</name>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von 1 bis %2, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>--send-at takes an ISO 8601 date-time such as 2026-11-28T10:00:00Z, not &quot;%1&quot;.</source>
        <translation>--send-at erwartet Datum und Uhrzeit nach ISO 8601, etwa 2026-11-28T10:00:00Z, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>--wait-timeout takes a number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation>--wait-timeout erwartet eine Anzahl Sekunden von 1 bis 86400, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>--page-size takes a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>--page-size erwartet eine ganze Zahl von 1 bis 1000, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit and --no-limit exclude each other.</source>
        <translation>--limit und --no-limit schließen einander aus.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit erwartet eine ganze Zahl ab 1, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Nachrichten.</translation>
    </message>
    <message>
        <source>Showing the first %1 messages; there are more (raise --limit, or use --no-limit).</source>
        <translation>Die ersten %1 Nachrichten werden angezeigt; es gibt weitere (erhöhen Sie --limit oder verwenden Sie --no-limit).</translation>
    </message>
    <message>
        <source>--sid is required: the SID of the message (SM… or MM…), or - to read SIDs from standard input.</source>
        <translation>--sid ist erforderlich: die SID der Nachricht (SM… oder MM…) oder -, um SIDs von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>--sid -: standard input held no SIDs (one a line).</source>
        <translation>--sid -: die Standardeingabe enthielt keine SIDs (eine je Zeile).</translation>
    </message>
    <message>
        <source>--body and --body-file exclude each other.</source>
        <translation>--body und --body-file schließen einander aus.</translation>
    </message>
    <message>
        <source>--sid - may be given once: standard input is read once.</source>
        <translation>--sid - darf nur einmal angegeben werden: Die Standardeingabe wird nur einmal gelesen.</translation>
    </message>
    <message>
        <source>--outcome is confirmed (the person acted on the message: entered the code, opened the link) or unconfirmed.</source>
        <translation>--outcome ist confirmed (die Person hat auf die Nachricht reagiert: den Code eingegeben, den Link geöffnet) oder unconfirmed.</translation>
    </message>
    <message>
        <source>%1: feedback %2</source>
        <translation>%1: Feedback %2</translation>
    </message>
    <message>
        <source>  textbench-cli messages create --to NUMBER (--from NUMBER | --messaging-service-sid MG…)
                                (--body TEXT | --body-file PATH) [--media-url URL]… [--dry-run]
  textbench-cli messages fetch  --sid SM… [--sid SM…]…   (--sid - reads SIDs from stdin)
  textbench-cli messages update --sid SM… (--body &quot;&quot; | --status canceled)
  textbench-cli messages delete --sid SM…
  textbench-cli messages list   [--to N] [--from N] [--date-sent D] [--date-sent-before D]
                                [--date-sent-after D] [--page-size N] [--limit N | --no-limit]
  textbench-cli messages feedback --sid SM… --outcome confirmed|unconfirmed
  textbench-cli messages VERB [-o json|ndjson|tsv|columns] [--properties sid,status,…] [--no-header]
  textbench-cli messages VERB --help    all options of a command
</source>
        <translation>  textbench-cli messages create --to NUMMER (--from NUMMER | --messaging-service-sid MG…)
                                (--body TEXT | --body-file PFAD) [--media-url URL]… [--dry-run]
  textbench-cli messages fetch  --sid SM… [--sid SM…]…   (--sid - liest SIDs von stdin)
  textbench-cli messages update --sid SM… (--body &quot;&quot; | --status canceled)
  textbench-cli messages delete --sid SM…
  textbench-cli messages list   [--to N] [--from N] [--date-sent D] [--date-sent-before D]
                                [--date-sent-after D] [--page-size N] [--limit N | --no-limit]
  textbench-cli messages feedback --sid SM… --outcome confirmed|unconfirmed
  textbench-cli messages VERB [-o json|ndjson|tsv|columns] [--properties sid,status,…] [--no-header]
  textbench-cli messages VERB --help    alle Optionen eines Befehls
</translation>
    </message>
</context>
<context>
    <name>textbench::cli::MessagingServicesCommand</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Inbound URL</source>
        <translation>Eingangs-URL</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Can</source>
        <translation>Kann</translation>
    </message>
    <message>
        <source>  textbench-cli messaging-services list|fetch --sid MG…|phone-numbers --sid MG…
</source>
        <translation>  textbench-cli messaging-services list|fetch --sid MG…|phone-numbers --sid MG…
</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more.</source>
        <translation>--limit erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>No Messaging Services.</source>
        <translation>Keine Messaging Services.</translation>
    </message>
    <message>
        <source>No numbers in this service.</source>
        <translation>Keine Nummern in diesem Dienst.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::Options</name>
    <message>
        <source>print the raw resource (a JSON array for list); errors as JSON on stderr</source>
        <translation>die Ressource unverändert ausgeben (bei list ein JSON-Array); Fehler als JSON auf stderr</translation>
    </message>
    <message>
        <source>another API host: a sandbox, mock or proxy (http only to this computer)</source>
        <translation>ein anderer API-Host: Sandbox, Mock oder Proxy (http nur zu diesem Computer)</translation>
    </message>
    <message>
        <source>Twilio region (us1, ie1, au1, …); also TWILIO_REGION</source>
        <translation>Twilio-Region (us1, ie1, au1, …); auch TWILIO_REGION</translation>
    </message>
    <message>
        <source>Twilio edge (ashburn, dublin, sydney, …); also TWILIO_EDGE</source>
        <translation>Twilio-Edge (ashburn, dublin, sydney, …); auch TWILIO_EDGE</translation>
    </message>
    <message>
        <source>give up when nothing moves for S seconds (default 30)</source>
        <translation>abbrechen, wenn sich S Sekunden lang nichts tut (Standard: 30)</translation>
    </message>
    <message>
        <source>give up on any request after S seconds in all (default 60)</source>
        <translation>jede Anfrage nach insgesamt S Sekunden abbrechen (Standard: 60)</translation>
    </message>
    <message>
        <source>print each request and response on stderr, headers and bodies (secrets masked), with the request as a cURL command that reads the secret from $TWILIO_…</source>
        <translation>jede Anfrage und Antwort mit Headern und Inhalten auf stderr ausgeben (geheime Werte maskiert), die Anfrage als cURL-Befehl, der den geheimen Schlüssel aus $TWILIO_… liest</translation>
    </message>
    <message>
        <source>use this credential profile (see: textbench-cli profiles)</source>
        <translation>dieses Zugangsdaten-Profil verwenden (siehe: textbench-cli profiles)</translation>
    </message>
    <message>
        <source>The recipient: E.164 (+14155552671) or a channel address (whatsapp:+1…).</source>
        <translation>Der Empfänger: E.164 (+14155552671) oder eine Kanaladresse (whatsapp:+1…).</translation>
    </message>
    <message>
        <source>The sender: a Twilio number, short code, alphanumeric sender ID or channel address.</source>
        <translation>Der Absender: eine Twilio-Nummer, ein Short Code, eine alphanumerische Absenderkennung oder eine Kanaladresse.</translation>
    </message>
    <message>
        <source>Send through this Messaging Service instead of (or as well as) From.</source>
        <translation>Über diesen Messaging Service senden, statt (oder zusätzlich zu) From.</translation>
    </message>
    <message>
        <source>The text of the message (up to 1600 characters).</source>
        <translation>Der Text der Nachricht (bis zu 1600 Zeichen).</translation>
    </message>
    <message>
        <source>A media file to attach (repeat for up to 10).</source>
        <translation>Eine anzuhängende Mediendatei (bis zu 10 Mal wiederholbar).</translation>
    </message>
    <message>
        <source>A Content Template to send.</source>
        <translation>Eine zu sendende Inhaltsvorlage (Content Template).</translation>
    </message>
    <message>
        <source>Values for the Content Template&apos;s variables.</source>
        <translation>Werte für die Variablen der Inhaltsvorlage.</translation>
    </message>
    <message>
        <source>Where Twilio posts status changes.</source>
        <translation>Wohin Twilio Statusänderungen sendet.</translation>
    </message>
    <message>
        <source>A TwiML app whose status callback to use.</source>
        <translation>Eine TwiML-App, deren Status-Callback verwendet wird.</translation>
    </message>
    <message>
        <source>The most to pay for the message.</source>
        <translation>Der Höchstpreis für die Nachricht.</translation>
    </message>
    <message>
        <source>Track delivery feedback.</source>
        <translation>Zustellungs-Feedback erfassen.</translation>
    </message>
    <message>
        <source>Total attempts made to send, for your own accounting.</source>
        <translation>Gesamtzahl der Sendeversuche, für Ihre eigene Abrechnung.</translation>
    </message>
    <message>
        <source>How long the message may wait in the queue (1-36000).</source>
        <translation>Wie lange die Nachricht in der Warteschlange warten darf (1-36000).</translation>
    </message>
    <message>
        <source>Reserved by Twilio.</source>
        <translation>Von Twilio reserviert.</translation>
    </message>
    <message>
        <source>Keep or discard the body after delivery.</source>
        <translation>Den Text nach der Zustellung behalten oder verwerfen.</translation>
    </message>
    <message>
        <source>Keep or obfuscate the addresses after delivery.</source>
        <translation>Die Adressen nach der Zustellung behalten oder unkenntlich machen.</translation>
    </message>
    <message>
        <source>Replace look-alike Unicode characters with GSM-7 ones.</source>
        <translation>Ähnlich aussehende Unicode-Zeichen durch GSM-7-Zeichen ersetzen.</translation>
    </message>
    <message>
        <source>A persistent action (repeatable).</source>
        <translation>Eine dauerhafte Aktion (wiederholbar).</translation>
    </message>
    <message>
        <source>The traffic type (free).</source>
        <translation>Die Verkehrsart (free).</translation>
    </message>
    <message>
        <source>Shorten links (needs a Messaging Service with link shortening).</source>
        <translation>Links kürzen (braucht einen Messaging Service mit Linkkürzung).</translation>
    </message>
    <message>
        <source>Schedule the message (with --send-at).</source>
        <translation>Die Nachricht planen (mit --send-at).</translation>
    </message>
    <message>
        <source>When to send (ISO 8601; 15 min to 35 days ahead; needs a Messaging Service).</source>
        <translation>Wann gesendet wird (ISO 8601; 15 Min. bis 35 Tage im Voraus; braucht einen Messaging Service).</translation>
    </message>
    <message>
        <source>Send as MMS even without media.</source>
        <translation>Auch ohne Medien als MMS senden.</translation>
    </message>
    <message>
        <source>Twilio&apos;s risk check.</source>
        <translation>Die Risikoprüfung von Twilio.</translation>
    </message>
    <message>
        <source>Print the exact request as JSON (Authorization masked) and send nothing.</source>
        <translation>Die genaue Anfrage als JSON ausgeben (Authorization maskiert) und nichts senden.</translation>
    </message>
    <message>
        <source>After sending, follow the message until its status is final, printing each change.</source>
        <translation>Nach dem Senden die Nachricht verfolgen, bis ihr Status endgültig ist, und jede Änderung ausgeben.</translation>
    </message>
    <message>
        <source>How long --wait follows a message before giving up (default 120).</source>
        <translation>Wie lange --wait eine Nachricht verfolgt, bevor es aufgibt (Standard: 120).</translation>
    </message>
    <message>
        <source>Only messages to this number.</source>
        <translation>Nur Nachrichten an diese Nummer.</translation>
    </message>
    <message>
        <source>Only messages from this number.</source>
        <translation>Nur Nachrichten von dieser Nummer.</translation>
    </message>
    <message>
        <source>Only messages sent on this day.</source>
        <translation>Nur Nachrichten, die an diesem Tag gesendet wurden.</translation>
    </message>
    <message>
        <source>Only messages sent before this date.</source>
        <translation>Nur Nachrichten, die vor diesem Datum gesendet wurden.</translation>
    </message>
    <message>
        <source>Only messages sent after this date.</source>
        <translation>Nur Nachrichten, die nach diesem Datum gesendet wurden.</translation>
    </message>
    <message>
        <source>Messages per request (1-1000).</source>
        <translation>Nachrichten pro Anfrage (1-1000).</translation>
    </message>
    <message>
        <source>The most messages to show (default 50).</source>
        <translation>Höchstens so viele Nachrichten anzeigen (Standard: 50).</translation>
    </message>
    <message>
        <source>Show every message, however many pages that takes.</source>
        <translation>Jede Nachricht anzeigen, egal wie viele Seiten das braucht.</translation>
    </message>
    <message>
        <source>An empty body redacts the message.</source>
        <translation>Ein leerer Text schwärzt die Nachricht.</translation>
    </message>
    <message>
        <source>Cancel a scheduled message.</source>
        <translation>Eine geplante Nachricht abbrechen.</translation>
    </message>
    <message>
        <source>the Account SID</source>
        <translation>die Account SID</translation>
    </message>
    <message>
        <source>authenticate with this API key (its secret is asked for)</source>
        <translation>mit diesem API-Schlüssel anmelden (sein geheimer Schlüssel wird abgefragt)</translation>
    </message>
    <message>
        <source>live credentials, or test credentials</source>
        <translation>Live-Zugangsdaten oder Test-Zugangsdaten</translation>
    </message>
    <message>
        <source>the From number or Messaging Service SID to offer</source>
        <translation>die anzubietende From-Nummer oder Messaging-Service-SID</translation>
    </message>
    <message>
        <source>read the secret from standard input</source>
        <translation>den geheimen Schlüssel von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>replace look-alike characters with GSM-7 ones first</source>
        <translation>zuerst ähnlich aussehende Zeichen durch GSM-7-Zeichen ersetzen</translation>
    </message>
    <message>
        <source>Read the text from a UTF-8 file (- for standard input); one final line break is dropped.</source>
        <translation>Den Text aus einer UTF-8-Datei lesen (- für die Standardeingabe); ein abschließender Zeilenumbruch entfällt.</translation>
    </message>
    <message>
        <source>The message SID; repeat it for several, or - to read them from standard input, one a line.</source>
        <translation>Die SID der Nachricht; für mehrere wiederholen, oder -, um sie von der Standardeingabe zu lesen, eine je Zeile.</translation>
    </message>
    <message>
        <source>json (one document; a list is one array), ndjson (one resource a line), tsv or columns (the default)</source>
        <translation>json (ein Dokument; eine Liste ist ein Array), ndjson (eine Ressource je Zeile), tsv oder columns (Standard)</translation>
    </message>
    <message>
        <source>the properties to print, comma-separated, as twilio-cli names them (sid,dateSent,status) or as Twilio does (date_sent)</source>
        <translation>die auszugebenden Eigenschaften, durch Kommas getrennt, benannt wie in twilio-cli (sid,dateSent,status) oder wie bei Twilio (date_sent)</translation>
    </message>
    <message>
        <source>TSV without its header line</source>
        <translation>TSV ohne Kopfzeile</translation>
    </message>
    <message>
        <source>ask for a new secret</source>
        <translation>nach einem neuen Secret fragen</translation>
    </message>
    <message>
        <source>Only error, warning, notice or debug.</source>
        <translation>Nur error, warning, notice oder debug.</translation>
    </message>
    <message>
        <source>Only alerts from this date (ISO 8601) on.</source>
        <translation>Nur Alerts ab diesem Datum (ISO 8601).</translation>
    </message>
    <message>
        <source>Only alerts until this date (ISO 8601).</source>
        <translation>Nur Alerts bis zu diesem Datum (ISO 8601).</translation>
    </message>
    <message>
        <source>The most to show (default 50).</source>
        <translation>Höchstens so viele anzeigen (Standard: 50).</translation>
    </message>
    <message>
        <source>The alert.</source>
        <translation>Der Alert.</translation>
    </message>
    <message>
        <source>The phone number&apos;s SID (phone-numbers list).</source>
        <translation>Die SID der Telefonnummer (phone-numbers list).</translation>
    </message>
    <message>
        <source>Where a message to the number asks your app what to answer.</source>
        <translation>Wo eine Nachricht an die Nummer Ihre App fragt, was geantwortet werden soll.</translation>
    </message>
    <message>
        <source>How the SMS URL is requested.</source>
        <translation>Wie die SMS-URL aufgerufen wird.</translation>
    </message>
    <message>
        <source>Asked instead when the SMS URL fails.</source>
        <translation>Wird stattdessen gefragt, wenn die SMS-URL fehlschlägt.</translation>
    </message>
    <message>
        <source>How the fallback URL is requested.</source>
        <translation>Wie die Fallback-URL aufgerufen wird.</translation>
    </message>
    <message>
        <source>A name for the number.</source>
        <translation>Ein Name für die Nummer.</translation>
    </message>
    <message>
        <source>The URL exactly as configured in Twilio (scheme, host, port if written, path, query).</source>
        <translation>Die URL genau so, wie sie bei Twilio konfiguriert ist (Schema, Host, Port falls angegeben, Pfad, Query).</translation>
    </message>
    <message>
        <source>A form parameter of the POST, decoded (repeat for each).</source>
        <translation>Ein Formularparameter des POST, dekodiert (für jeden wiederholen).</translation>
    </message>
    <message>
        <source>POST (the default: the parameters are signed after the URL) or GET (they are in the URL).</source>
        <translation>POST (Standard: Die Parameter werden nach der URL signiert) oder GET (sie stehen in der URL).</translation>
    </message>
    <message>
        <source>The X-Twilio-Signature the app received.</source>
        <translation>Die X-Twilio-Signature, die die App empfangen hat.</translation>
    </message>
    <message>
        <source>The handset that writes (any number).</source>
        <translation>Das Endgerät, das schreibt (beliebige Nummer).</translation>
    </message>
    <message>
        <source>One of the sandbox&apos;s numbers (phone-numbers list).</source>
        <translation>Eine der Nummern der Sandbox (phone-numbers list).</translation>
    </message>
    <message>
        <source>What the handset writes.</source>
        <translation>Was das Endgerät schreibt.</translation>
    </message>
    <message>
        <source>Read it from a UTF-8 file (- for standard input).</source>
        <translation>Aus einer UTF-8-Datei lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>A picture it sends (repeat for up to 10).</source>
        <translation>Ein Bild, das es sendet (bis zu 10 Mal wiederholbar).</translation>
    </message>
    <message>
        <source>Only the requests about this message.</source>
        <translation>Nur die Anfragen zu dieser Nachricht.</translation>
    </message>
    <message>
        <source>The most events to show (default 50).</source>
        <translation>Höchstens so viele Ereignisse anzeigen (Standard: 50).</translation>
    </message>
    <message>
        <source>The event to send again.</source>
        <translation>Das erneut zu sendende Ereignis.</translation>
    </message>
    <message>
        <source>act as this subaccount of the profile&apos;s account, with the profile&apos;s credentials (see: accounts list)</source>
        <translation>als dieses Unterkonto des Profilkontos handeln, mit den Zugangsdaten des Profils (siehe: accounts list)</translation>
    </message>
    <message>
        <source>confirmed: the person acted on the message (entered the code, opened the link); or unconfirmed.</source>
        <translation>confirmed: Die Person hat auf die Nachricht reagiert (den Code eingegeben, den Link geöffnet); oder unconfirmed.</translation>
    </message>
    <message>
        <source>The Messaging Service&apos;s SID (messaging-services list).</source>
        <translation>Die SID des Messaging Service (messaging-services list).</translation>
    </message>
    <message>
        <source>Only accounts of this name.</source>
        <translation>Nur Konten mit diesem Namen.</translation>
    </message>
    <message>
        <source>Only accounts in this state.</source>
        <translation>Nur Konten mit diesem Status.</translation>
    </message>
    <message>
        <source>The country of a national number (US, GB, DE, …).</source>
        <translation>Das Land einer nationalen Nummer (US, GB, DE, …).</translation>
    </message>
    <message>
        <source>Only validity and formats (free): not the line type and carrier (billed).</source>
        <translation>Nur Gültigkeit und Formate (kostenlos): nicht Anschlussart und Netzbetreiber (kostenpflichtig).</translation>
    </message>
</context>
<context>
    <name>textbench::cli::Output</name>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Seg</source>
        <comment>column: number of segments</comment>
        <translation>Seg</translation>
    </message>
</context>
<context>
    <name>textbench::cli::OutputFormat</name>
    <message>
        <source>-o/--output takes json, ndjson, tsv or columns, not &quot;%1&quot;.</source>
        <translation>-o/--output nimmt json, ndjson, tsv oder columns, nicht „%1“.</translation>
    </message>
    <message>
        <source>--json is -o json; it cannot go with -o %1.</source>
        <translation>--json ist -o json; es passt nicht zu -o %1.</translation>
    </message>
    <message>
        <source>--no-header is for -o tsv.</source>
        <translation>--no-header gilt für -o tsv.</translation>
    </message>
    <message>
        <source>there is no property &quot;%1&quot;; the properties are: %2.</source>
        <translation>es gibt keine Eigenschaft „%1“; die Eigenschaften sind: %2.</translation>
    </message>
    <message>
        <source>--properties needs at least one property, such as --properties sid,status.</source>
        <translation>--properties braucht mindestens eine Eigenschaft, etwa --properties sid,status.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::PhoneNumbersCommand</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Can</source>
        <translation>Kann</translation>
    </message>
    <message>
        <source>SMS URL</source>
        <translation>SMS-URL</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>  textbench-cli phone-numbers list|fetch --sid PN…
  textbench-cli phone-numbers update --sid PN… [--sms-url URL] [--sms-method M] [--sms-fallback-url URL]
</source>
        <translation>  textbench-cli phone-numbers list|fetch --sid PN…
  textbench-cli phone-numbers update --sid PN… [--sms-url URL] [--sms-method M] [--sms-fallback-url URL]
</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more.</source>
        <translation>--limit erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>No phone numbers.</source>
        <translation>Keine Telefonnummern.</translation>
    </message>
</context>
<context>
    <name>textbench::cli::ProfilesCommand</name>
    <message>
        <source>give the profile&apos;s name: textbench-cli %1 NAME</source>
        <translation>geben Sie den Namen des Profils an: textbench-cli %1 NAME</translation>
    </message>
    <message>
        <source>  textbench-cli profiles list|add|edit|use|remove|test|import-env
                                credential profiles; secrets live in the OS keychain only
</source>
        <translation>  textbench-cli profiles list|add|edit|use|remove|test|import-env
                                Zugangsdaten-Profile; geheime Schlüssel liegen nur im Schlüsselbund des Systems
</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>there is no profile called &quot;%1&quot;.</source>
        <translation>es gibt kein Profil namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Active profile: %1</source>
        <translation>Aktives Profil: %1</translation>
    </message>
    <message>
        <source>Removed profile %1 and its secret.</source>
        <translation>Profil %1 und sein Geheimnis wurden entfernt.</translation>
    </message>
    <message>
        <source>--kind is live or test.</source>
        <translation>--kind ist live oder test.</translation>
    </message>
    <message>
        <source>API Key Secret for %1: </source>
        <translation>API Secret für %1: </translation>
    </message>
    <message>
        <source>Auth Token for %1: </source>
        <translation>Auth Token für %1: </translation>
    </message>
    <message>
        <source>no terminal to ask for the secret: give it on standard input with --secret-stdin.</source>
        <translation>kein Terminal, um nach dem Geheimnis zu fragen: Übergeben Sie es mit --secret-stdin über die Standardeingabe.</translation>
    </message>
    <message>
        <source>Added profile %1; its secret is in the keychain.</source>
        <translation>Profil %1 hinzugefügt; sein Geheimnis liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>there is no profile called &quot;%1&quot; to edit (the Sandbox is built in).</source>
        <translation>es gibt kein Profil namens &quot;%1&quot; zum Bearbeiten (die Sandbox ist eingebaut).</translation>
    </message>
    <message>
        <source>New secret for %1: </source>
        <translation>Neues Geheimnis für %1: </translation>
    </message>
    <message>
        <source>Updated profile %1.</source>
        <translation>Profil %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Imported the environment&apos;s credentials as profile %1; its secret is in the keychain.</source>
        <translation>Die Zugangsdaten aus der Umgebung wurden als Profil %1 importiert; sein Geheimnis liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Profile %1 works: account %2 (%3), %4.</source>
        <translation>Profil %1 funktioniert: Konto %2 (%3), %4.</translation>
    </message>
    <message>
        <source>Usage:
  textbench-cli profiles list [--json | -o json|ndjson|tsv|columns] [--properties LIST] [--no-header]
  textbench-cli profiles add NAME --account-sid AC… [--api-key SK…] [--kind live|test]
                [--region R] [--edge E] [--base-url URL] [--default-sender FROM] [--secret-stdin]
  textbench-cli profiles edit NAME [--account-sid AC…] [--api-key SK…] [--kind K] [--region R]
                [--edge E] [--base-url URL] [--default-sender FROM] [--new-secret | --secret-stdin]
  textbench-cli profiles use NAME
  textbench-cli profiles remove NAME
  textbench-cli profiles test NAME          the account check with this profile
  textbench-cli profiles import-env NAME    TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN (or the API key)

The secret (Auth Token, or API Key Secret with --api-key) is read from a prompt that does not echo,
or from standard input with --secret-stdin; never from an argument. It is kept in the OS keychain
only; the rest of the profile in ~/.config/Textbench/textbench.conf.
</source>
        <translation>Aufruf:
  textbench-cli profiles list [--json | -o json|ndjson|tsv|columns] [--properties LISTE] [--no-header]
  textbench-cli profiles add NAME --account-sid AC… [--api-key SK…] [--kind live|test]
                [--region R] [--edge E] [--base-url URL] [--default-sender ABSENDER] [--secret-stdin]
  textbench-cli profiles edit NAME [--account-sid AC…] [--api-key SK…] [--kind K] [--region R]
                [--edge E] [--base-url URL] [--default-sender ABSENDER] [--new-secret | --secret-stdin]
  textbench-cli profiles use NAME
  textbench-cli profiles remove NAME
  textbench-cli profiles test NAME          die Kontoprüfung mit diesem Profil
  textbench-cli profiles import-env NAME    TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN (oder der API Key)

Das Geheimnis (Auth Token bzw. API Secret mit --api-key) wird über eine Eingabeaufforderung ohne Echo gelesen
oder mit --secret-stdin von der Standardeingabe, nie aus einem Argument. Es wird nur im Schlüsselbund
des Betriebssystems gespeichert, der Rest des Profils in ~/.config/Textbench/textbench.conf.
</translation>
    </message>
</context>
<context>
    <name>textbench::cli::SegmentsCommand</name>
    <message>
        <source>give the text as one argument (quote it): textbench-cli segments &quot;Hello&quot;</source>
        <translation>geben Sie den Text als ein Argument an (in Anführungszeichen): textbench-cli segments &quot;Hallo&quot;</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>UCS-2 because of: %1</source>
        <translation>UCS-2 wegen: %1</translation>
    </message>
    <message>
        <source>  textbench-cli segments [--json] [--smart-encoding] [TEXT | -]
                                encoding and SMS segments of a body, as Twilio counts them
</source>
        <translation>  textbench-cli segments [--json] [--smart-encoding] [TEXT | -]
                                Kodierung und SMS-Segmente eines Nachrichtentexts, wie Twilio sie zählt
</translation>
    </message>
    <message>
        <source>Usage: textbench-cli segments [--json] [--smart-encoding] [TEXT | -]

Counts a body&apos;s SMS segments as Twilio does: GSM-7 (160 characters, 153 a segment once split;
^{}\[~]|€ count twice) or UCS-2 (70, then 67). --smart-encoding first replaces look-alike
characters (curly quotes, long dashes, …) with GSM-7 ones, as Twilio&apos;s SmartEncoded does.
Without TEXT, or with -, the text is read from standard input (UTF-8; one final line break is
dropped).
</source>
        <translation>Aufruf: textbench-cli segments [--json] [--smart-encoding] [TEXT | -]

Zählt die SMS-Segmente eines Nachrichtentexts wie Twilio: GSM-7 (160 Zeichen, 153 je Segment bei Aufteilung;
^{}\[~]|€ zählen doppelt) oder UCS-2 (70, dann 67). --smart-encoding ersetzt zuerst ähnlich aussehende
Zeichen (typografische Anführungszeichen, lange Striche, …) durch GSM-7-Zeichen, wie es Twilios SmartEncoded tut.
Ohne TEXT oder mit - wird der Text von der Standardeingabe gelesen (UTF-8; ein abschließender
Zeilenumbruch entfällt).
</translation>
    </message>
</context>
<context>
    <name>textbench::cli::VerbCommand</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a verb: %2.</source>
        <translation>&quot;%1&quot; benötigt ein Verb: %2.</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; use %2.</source>
        <translation>unbekanntes Verb &quot;%1&quot;; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Usage: textbench-cli %1 %2 [options]

</source>
        <translation>Aufruf: textbench-cli %1 %2 [Optionen]

</translation>
    </message>
</context>
<context>
    <name>textbench::cli::WebhooksCommand</name>
    <message>
        <source>  textbench-cli webhooks sign   --url URL [--param NAME=VALUE]… [--method GET]
                                the string Twilio signs and X-Twilio-Signature, with your Auth Token
  textbench-cli webhooks verify --signature S --url URL [--param NAME=VALUE]… [--method GET]
  textbench-cli webhooks inbound --from N --to N --body TEXT   a message to a sandbox number
  textbench-cli webhooks events [--message SM…]   the sandbox&apos;s requests to your app
  textbench-cli webhooks resend --sid WH…         one of them again, as Twilio retries
</source>
        <translation>  textbench-cli webhooks sign   --url URL [--param NAME=VALUE]… [--method GET]
                                die Zeichenkette, die Twilio signiert, und X-Twilio-Signature, mit Ihrem Auth Token
  textbench-cli webhooks verify --signature S --url URL [--param NAME=VALUE]… [--method GET]
  textbench-cli webhooks inbound --from N --to N --body TEXT   eine Nachricht an eine Sandbox-Nummer
  textbench-cli webhooks events [--message SM…]   die Anfragen der Sandbox an Ihre App
  textbench-cli webhooks resend --sid WH…         eine davon erneut, wie Twilio es bei Wiederholungen tut
</translation>
    </message>
    <message>
        <source>--url is required: the URL as configured in Twilio.</source>
        <translation>--url ist erforderlich: die URL, wie sie bei Twilio konfiguriert ist.</translation>
    </message>
    <message>
        <source>--method is POST or GET, not &quot;%1&quot;.</source>
        <translation>--method ist POST oder GET, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--param erwartet NAME=VALUE, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a GET&apos;s parameters are in its URL&apos;s query, which is signed as it is: give them in --url.</source>
        <translation>die Parameter eines GET stehen in der Query seiner URL, die unverändert signiert wird: Geben Sie sie in --url an.</translation>
    </message>
    <message>
        <source>--signature is required: the X-Twilio-Signature the app received.</source>
        <translation>--signature ist erforderlich: die X-Twilio-Signature, die die App empfangen hat.</translation>
    </message>
    <message>
        <source>Twilio signs with the account&apos;s Auth Token, and these credentials are an API key. Use a profile (or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN) with the Auth Token.</source>
        <translation>Twilio signiert mit dem Auth Token des Kontos, diese Zugangsdaten sind aber ein API Key. Verwenden Sie ein Profil (oder TWILIO_ACCOUNT_SID und TWILIO_AUTH_TOKEN) mit dem Auth Token.</translation>
    </message>
    <message>
        <source>String signed  %1</source>
        <translation>Signierte Zeichenkette  %1</translation>
    </message>
    <message>
        <source>Signature      %1</source>
        <translation>Signatur                %1</translation>
    </message>
    <message>
        <source>Valid: the signature received is the one for this URL and these parameters.</source>
        <translation>Gültig: Die empfangene Signatur ist die für diese URL und diese Parameter.</translation>
    </message>
    <message>
        <source>Not valid: %1 was received; the line above is what this URL and these parameters give.</source>
        <translation>Ungültig: %1 wurde empfangen; die Zeile darüber zeigt, was diese URL und diese Parameter ergeben.</translation>
    </message>
    <message>
        <source>No usual variant of the URL matches either: check the Auth Token (of this account, not a subaccount&apos;s; not an API key&apos;s secret) and that every parameter is given, decoded.</source>
        <translation>Auch keine übliche Variante der URL passt: Prüfen Sie das Auth Token (das dieses Kontos, nicht das eines Unterkontos; nicht das Secret eines API Keys) und ob jeder Parameter dekodiert angegeben ist.</translation>
    </message>
    <message>
        <source>It matches %1 (%2): Twilio&apos;s libraries try that form too, so their validator accepts it.</source>
        <translation>Sie stimmt mit %1 überein (%2): Die Bibliotheken von Twilio probieren diese Form ebenfalls, daher akzeptiert ihr Validator sie.</translation>
    </message>
    <message>
        <source>It matches %1 (%2): configure the URL the app is reached at, or validate against the URL Twilio requested.</source>
        <translation>Sie stimmt mit %1 überein (%2): Konfigurieren Sie die URL, unter der die App erreichbar ist, oder prüfen Sie gegen die URL, die Twilio angefragt hat.</translation>
    </message>
    <message>
        <source>--body and --body-file exclude each other.</source>
        <translation>--body und --body-file schließen einander aus.</translation>
    </message>
    <message>
        <source>The sandbox now asks the number&apos;s SMS URL what to answer: textbench-cli webhooks events --message %1</source>
        <translation>Die Sandbox fragt jetzt die SMS-URL der Nummer, was geantwortet werden soll: textbench-cli webhooks events --message %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more.</source>
        <translation>--limit erwartet eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>No requests to an app yet.</source>
        <translation>Noch keine Anfragen an eine App.</translation>
    </message>
</context>
<context>
    <name>textbench::gui</name>
    <message>
        <source>A desktop console for Twilio&apos;s Programmable Messaging API.</source>
        <translation>Eine Desktop-Konsole für Twilios Programmable Messaging API.</translation>
    </message>
    <message>
        <source>Run the built-in sandbox&apos;s message lifecycle this many times faster (default 1).</source>
        <translation>Den Nachrichtenlebenszyklus der eingebauten Sandbox so viel schneller ablaufen lassen (Standard 1).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Open the window, wait until it is ready, say what it shows and quit (for install checks).</source>
        <translation>Das Fenster öffnen, warten, bis es bereit ist, melden, was es zeigt, und beenden (für Installationsprüfungen).</translation>
    </message>
    <message>
        <source>Forget the drafts, the messages watched, the log&apos;s filters and the window&apos;s layout, then start (profiles and their secrets stay).</source>
        <translation>Entwürfe, beobachtete Nachrichten, Protokollfilter und die Fensteraufteilung vergessen, dann starten (Profile und ihre Geheimnisse bleiben).</translation>
    </message>
    <message>
        <source>textbench: there was no state to forget</source>
        <translation>textbench: Es gab keinen Zustand zu vergessen</translation>
    </message>
    <message>
        <source>textbench: forgot %1</source>
        <translation>textbench: vergessen: %1</translation>
    </message>
</context>
</TS>
