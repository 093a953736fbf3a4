import type { Gazetteer } from '../core/gazetteer.js';

/** Default service area: Oberbergischer Kreis (NRW). Override with INTAKE_GAZETTEER=<json file>. */
export const OBERBERG_GAZETTEER: Gazetteer = {
  courts: ['Gummersbach', 'Wipperfürth', 'Waldbröl'],
  towns: [
    { name: 'Bergneustadt', postalCodes: ['51702'] },
    { name: 'Engelskirchen', postalCodes: ['51766'] },
    { name: 'Gummersbach', postalCodes: ['51643', '51645', '51647'] },
    { name: 'Hückeswagen', postalCodes: ['42499'] },
    { name: 'Lindlar', postalCodes: ['51789'] },
    { name: 'Marienheide', postalCodes: ['51709'] },
    { name: 'Morsbach', postalCodes: ['51597'] },
    { name: 'Nümbrecht', postalCodes: ['51588'] },
    { name: 'Radevormwald', postalCodes: ['42477'] },
    { name: 'Reichshof', postalCodes: ['51580'] },
    { name: 'Waldbröl', postalCodes: ['51545'] },
    { name: 'Wiehl', postalCodes: ['51674'] },
    { name: 'Wipperfürth', postalCodes: ['51688'] },
  ],
};
