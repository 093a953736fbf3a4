export * from './mail.types.js';
export { composeAlert, composeDigest, composeTestMail, caseLink, deadlineLabel, germanDate } from './mail.composer.js';
