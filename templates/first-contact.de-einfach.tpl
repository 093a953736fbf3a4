---
# Erstanschreiben in Leichter Sprache: kurze Sätze, ein Gedanke pro Zeile.
betreff: Wir helfen Ihnen bei Ihrer Wohnung
variante: Leichte Sprache
sprache: de
umbruch: zeilen
---
{{salutation}}

wir sind eine Beratungs-Stelle.
Unser Name ist: {{sender.name}}.
Wir helfen Menschen mit Problemen bei der Wohnung.
Wir möchten auch Ihnen helfen.
Unsere Hilfe kostet nichts.
Wir erzählen niemandem davon.

{{#if hearing}}
Sie haben einen Termin beim Gericht.
Der Termin ist am {{hearing.weekday}}, {{hearing.date}}.
{{#if hearing.time}}
Der Termin beginnt um {{hearing.time}}.
{{/if}}
Bitte gehen Sie zu dem Termin.
Bitte sprechen Sie vorher mit uns.
{{else}}
Bitte sprechen Sie bald mit uns.
{{/if}}

Das können wir für Sie tun:
- Wir sprechen mit Ihrem Vermieter.
- Wir helfen beim Antrag beim Jobcenter oder Sozialamt.
- Dann bezahlt das Amt vielleicht die Schulden bei der Miete.

So erreichen Sie uns:
- Telefon: {{sender.phone}}
- E-Mail: {{sender.email}}
- Wir sind da: {{sender.officeHours}}
- Adresse: {{sender.street}}, {{sender.postalCode}} {{sender.city}}

Rufen Sie uns an.
Dann machen wir einen Termin.

Bitte bringen Sie diese Papiere mit:
- Ihren Ausweis
- Ihren Miet-Vertrag
- alle Briefe vom Vermieter
- alle Briefe vom Gericht
- Briefe vom Jobcenter
- Nachweise über Ihr Geld von 3 Monaten
- Konto-Auszüge von 3 Monaten

Sie haben nicht alle Papiere?
Kommen Sie trotzdem.

Viele Grüße

{{sender.contactPerson}}
