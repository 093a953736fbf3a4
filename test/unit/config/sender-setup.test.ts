import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { applyStoredSettings, EXAMPLE_SENDER, parseSettingsForm, unsetSenderFields } from '../../../src/config/sender-setup.js';

const FORM = {
  name: 'Fachstelle für Wohnungsnotfälle Oberberg',
  department: '',
  street: 'Moltkestraße 42',
  postalCode: '51643',
  city: 'Gummersbach',
  phone: '02261 88-4410',
  email: 'wohnungssicherung@kreis.test',
  officeHours: 'Mo–Fr 8.30–12 Uhr',
  contactPerson: 'Ihre Fachstelle',
  mailTo: 'team-wohnen@kreis.test',
};

describe('the first-run setup of the sender', () => {
  it('counts a fresh install’s sender as not set, naming every example field', () => {
    expect(unsetSenderFields(loadConfig({ env: {}, cwd: '/tmp' }).sender)).toEqual(['name', 'street', 'phone', 'email', 'officeHours']);
    expect(unsetSenderFields({ ...EXAMPLE_SENDER, phone: '02261 88-4410' })).not.toContain('phone');
  });

  it('accepts a complete form and leaves an empty department out', () => {
    const result = parseSettingsForm(FORM);
    expect(result).toEqual({ ok: true, settings: { sender: { ...FORM, department: undefined, mailTo: undefined }, mailTo: FORM.mailTo } });
  });

  it('rejects a bad postal code, an empty field and an example value, each with its own German message', () => {
    const result = parseSettingsForm({ ...FORM, postalCode: '5164', city: ' ', email: EXAMPLE_SENDER.email });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      postalCode: 'Bitte eine fünfstellige Postleitzahl eingeben.',
      city: 'Bitte ausfüllen.',
      email: 'Das ist noch der Beispielwert; bitte die echten Angaben der Fachstelle eintragen.',
    });
    expect(result.values['postalCode']).toBe('5164');
  });

  it('puts saved settings over the loaded configuration and refuses a stored value the schema no longer accepts', () => {
    const config = loadConfig({ env: { MAIL_TO: 'alt@kreis.test' }, cwd: '/tmp' });
    const parsed = parseSettingsForm(FORM);
    if (!parsed.ok) throw new Error('form invalid');
    const applied = applyStoredSettings(config, parsed.settings);
    expect(applied.sender.phone).toBe('02261 88-4410');
    expect(applied.mail.to).toBe('team-wohnen@kreis.test');
    expect(() => applyStoredSettings(config, { sender: { ...FORM, postalCode: 'abc' } })).toThrow(/Ungültige Einstellung sender\.postalCode \(in der Weboberfläche gespeichert\)/);
  });
});
