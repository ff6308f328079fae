import { describe, expect, it } from "vitest";
import { renderStaffInvitation } from "./staff-invitation";
import type { StaffInvitationData } from "./staff-invitation-data";

function invitation(overrides: Partial<StaffInvitationData> = {}): StaffInvitationData {
  return {
    inviterName: "Camille Martin",
    role: "MANAGER",
    acceptUrl: "https://admin.comptoir.example/invitation/abcDEF123_-xyz",
    expiresAt: new Date("2026-12-13T09:30:00Z"),
    ...overrides,
  };
}

describe("the staff invitation email", () => {
  it("names the inviter, the role, the link and its expiry, in French", () => {
    const email = renderStaffInvitation(invitation(), "fr");
    expect(email.subject).toBe("Invitation à rejoindre l’équipe Comptoir");
    expect(email.html).toContain('<html lang="fr">');
    expect(email.html).toContain("Camille Martin vous invite à rejoindre l’équipe de la boutique Comptoir.");
    expect(email.html).toContain("Votre rôle : Responsable.");
    expect(email.html).toContain('href="https://admin.comptoir.example/invitation/abcDEF123_-xyz"');
    expect(email.html).toContain("Accepter l’invitation");
    expect(email.html).not.toContain("double authentification");
    expect(email.text).toContain(
      "Accepter l’invitation et choisir votre mot de passe : https://admin.comptoir.example/invitation/abcDEF123_-xyz",
    );
    expect(email.text).toContain("Il expire le 13 décembre 2026");
  });

  it("speaks English, and tells admins and owners about two-factor", () => {
    const email = renderStaffInvitation(invitation({ role: "ADMIN", inviterName: null }), "en");
    expect(email.subject).toBe("Invitation to join the Comptoir team");
    expect(email.text).toContain("You are invited to join the team of the Comptoir shop.");
    expect(email.text).toContain("Your role: Admin.");
    expect(email.text).toContain("two-factor authentication");
    expect(email.text).toContain("It expires on December 13, 2026");
  });

  it("escapes the inviter's name and refuses a link that is not a web address", () => {
    const email = renderStaffInvitation(invitation({ inviterName: '<img src=x onerror="x">' }), "en");
    expect(email.html).not.toContain("<img src=x");
    expect(email.html).toContain("&lt;img src=x onerror=&quot;x&quot;&gt;");
    expect(() => renderStaffInvitation(invitation({ acceptUrl: "javascript:alert(1)" }), "fr")).toThrow(
      /acceptUrl/,
    );
  });
});
