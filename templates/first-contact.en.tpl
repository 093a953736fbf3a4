---
# First-contact letter in English. Placeholders and conditions: see templates/README.md
betreff: We would like to help you keep your home
variante: English
sprache: en
umbruch: fliesstext
---
{{salutation}}

we are the housing support service{{#if sender.department}} ({{sender.department}}){{/if}} of your town.
We have learned that there are difficulties with your flat. We would like to help you keep your home.
Our advice is free of charge and confidential.

{{#if hearing}}
A court appointment has been set for your matter: {{hearing.weekday}}, {{hearing.date}}{{#if hearing.time}}, at {{hearing.time}}{{/if}}{{#if hearing.room}}, room {{hearing.room}}{{/if}}.
Please attend this appointment. The sooner we talk before it, the more we can do.
{{else}}
The sooner we talk, the more we can do.
{{/if}}

What we can do for you:
- talk to your landlord and look for a solution together,
- help you apply to the Jobcenter or the social welfare office (Sozialamt) to take over the rent arrears,
- sort your papers with you and plan the next steps.

We would like to invite you to a meeting at our office: {{sender.street}}, {{sender.postalCode}} {{sender.city}}.
Please call or write to us to arrange an appointment: phone {{sender.phone}}, e-mail {{sender.email}}.
Our office hours: {{sender.officeHours}}. We can arrange an interpreter if you need one.

Please bring whatever you have of the following:
- identity card or passport (and residence permit, if you have one),
- tenancy agreement,
- the landlord's reminders and notice of termination, and all letters from the court,
- rent account or statement of arrears,
- proof of your household's income for the last three months (including Jobcenter decisions),
- bank statements for the last three months,
- a list of your debts.

Please come even if you do not have all of these papers. We look forward to hearing from you.

Kind regards

| {{sender.contactPerson}}
| {{sender.name}}
