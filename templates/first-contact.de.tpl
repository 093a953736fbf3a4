---
# Erstanschreiben, Standard. Platzhalter und Bedingungen: siehe templates/README.md
betreff: Wir möchten Sie unterstützen – Ihre Wohnung
variante: Standard
sprache: de
umbruch: fliesstext
---
{{salutation}}

wir sind die Fachstelle zur Wohnungssicherung{{#if sender.department}} ({{sender.department}}){{/if}}.
Wir haben erfahren, dass es mit Ihrer Wohnung Schwierigkeiten gibt. Wir möchten Ihnen helfen,
Ihre Wohnung zu behalten. Unsere Beratung ist kostenlos und vertraulich.

{{#if hearing}}
Für Ihre Angelegenheit ist ein Termin bei Gericht angesetzt: am {{hearing.weekday}}, {{hearing.date}}{{#if hearing.time}}, um {{hearing.time}}{{/if}}{{#if hearing.room}}, Saal {{hearing.room}}{{/if}}.
Bitte nehmen Sie diesen Termin wahr. Je früher wir vorher miteinander sprechen, desto mehr können wir tun.
{{else}}
Je früher wir miteinander sprechen, desto mehr können wir tun.
{{/if}}

Was wir für Sie tun können:
- mit Ihrem Vermieter oder Ihrer Vermieterin sprechen und nach einer Lösung suchen,
- mit Ihnen beantragen, dass das Jobcenter oder das Sozialamt die Mietschulden übernimmt,
- Ihre Unterlagen mit Ihnen ordnen und die nächsten Schritte planen.

Wir schlagen Ihnen ein Gespräch in unserer Beratungsstelle vor: {{sender.street}}, {{sender.postalCode}} {{sender.city}}.
Bitte rufen Sie uns an oder schreiben Sie uns, damit wir einen Termin vereinbaren:
Telefon {{sender.phone}}, E-Mail {{sender.email}}. Unsere Sprechzeiten: {{sender.officeHours}}.

Bitte bringen Sie zum Gespräch mit, was Sie davon haben:
- Personalausweis oder Pass (falls nötig auch den Aufenthaltstitel),
- Mietvertrag,
- Mahnungen und Kündigung des Vermieters sowie die Briefe vom Gericht,
- Mietkonto oder Aufstellung der Mietschulden,
- Einkommensnachweise Ihres Haushalts der letzten drei Monate (auch Bescheide vom Jobcenter),
- Kontoauszüge der letzten drei Monate,
- eine Aufstellung Ihrer Schulden.

Auch wenn Ihnen nicht alle Unterlagen vorliegen: Kommen Sie trotzdem. Wir freuen uns auf Ihren Anruf.

Mit freundlichen Grüßen

| {{sender.contactPerson}}
| {{sender.name}}
