// In the browser, a pending confirmation page asks the server again every few seconds (the loader
// runs again; nothing reloads) until the order is paid or about a minute has passed.
import { useLocation, useNavigate, useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import {
  CONFIRMATION_CHECK_SECONDS,
  CONFIRMATION_MAX_CHECKS,
  type ConfirmationState,
} from "./checkout-confirmation";

/** The state to show: the server's, or "slow" once the page has waited long enough for it. */
export function useConfirmationState(serverState: ConfirmationState): ConfirmationState {
  const revalidator = useRevalidator();
  const latest = useRef(revalidator);
  latest.current = revalidator;
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [timedOut, setTimedOut] = useState(false);
  const wasPending = useRef(serverState === "pending");

  useEffect(() => {
    if (serverState !== "pending") return;
    const deadline = Date.now() + CONFIRMATION_MAX_CHECKS * CONFIRMATION_CHECK_SECONDS * 1000;
    const timer = window.setInterval(() => {
      if (Date.now() >= deadline) {
        window.clearInterval(timer);
        setTimedOut(true);
      } else if (latest.current.state === "idle") {
        latest.current.revalidate();
      }
    }, CONFIRMATION_CHECK_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [serverState]);

  useEffect(() => {
    if (serverState === "pending" || !wasPending.current) return;
    wasPending.current = false;
    // Paid while the page waited: the answer emptied the header's cart count (a cookie), which the
    // header reads again after a navigation. Revalidations are not navigations: make one.
    navigate(`${pathname}${search}`, { replace: true, preventScrollReset: true });
  }, [serverState, navigate, pathname, search]);

  return timedOut && serverState === "pending" ? "slow" : serverState;
}
