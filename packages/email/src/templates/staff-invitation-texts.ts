// The staff invitation's sentences in both languages. Placeholders are {{name}}, filled by the model.
import type { Locale } from "@comptoir/i18n";
import type { StaffInvitationRole } from "./staff-invitation-data";

export interface StaffInvitationTexts {
  subject: string;
  preheader: string;
  heading: string;
  greeting: string;
  intro: string;
  introNamed: string;
  roles: Record<StaffInvitationRole, string>;
  roleLine: string;
  twoFactor: string;
  accept: string;
  acceptText: string;
  linkFallback: string;
  expires: string;
  notExpected: string;
  signature: string;
}

export const STAFF_INVITATION_TEXTS: Record<Locale, StaffInvitationTexts> = {
  fr: {
    subject: "Invitation à rejoindre l’équipe Comptoir",
    preheader: "Choisissez votre mot de passe pour accéder à l’administration de la boutique.",
    heading: "Rejoignez l’équipe",
    greeting: "Bonjour,",
    intro: "Nous vous invitons à rejoindre l’équipe de la boutique Comptoir.",
    introNamed: "{{name}} vous invite à rejoindre l’équipe de la boutique Comptoir.",
    roles: {
      SUPPORT: "Support",
      MANAGER: "Responsable",
      ADMIN: "Administrateur",
      OWNER: "Propriétaire",
    },
    roleLine: "Votre rôle : {{role}}.",
    twoFactor:
      "Ce rôle exige la double authentification : à votre première connexion, vous l’activerez avec une application d’authentification.",
    accept: "Accepter l’invitation",
    acceptText: "Accepter l’invitation et choisir votre mot de passe : {{url}}",
    linkFallback: "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
    expires: "Ce lien est personnel et ne sert qu’une fois. Il expire le {{date}}.",
    notExpected: "Vous n’attendiez pas cette invitation ? Ignorez ce message : aucun compte ne sera créé.",
    signature: "L’équipe Comptoir",
  },
  en: {
    subject: "Invitation to join the Comptoir team",
    preheader: "Choose your password to use the shop's admin.",
    heading: "Join the team",
    greeting: "Hello,",
    intro: "You are invited to join the team of the Comptoir shop.",
    introNamed: "{{name}} invites you to join the team of the Comptoir shop.",
    roles: {
      SUPPORT: "Support",
      MANAGER: "Manager",
      ADMIN: "Admin",
      OWNER: "Owner",
    },
    roleLine: "Your role: {{role}}.",
    twoFactor:
      "This role requires two-factor authentication: at your first login you will set it up with an authenticator app.",
    accept: "Accept the invitation",
    acceptText: "Accept the invitation and choose your password: {{url}}",
    linkFallback: "If the button does not work, copy this link into your browser:",
    expires: "This link is personal and works once. It expires on {{date}}.",
    notExpected: "Not expecting this invitation? Ignore this message: no account will be created.",
    signature: "The Comptoir team",
  },
};
