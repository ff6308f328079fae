export { getDashboard, type DashboardInput } from "./dashboard";
export { dashboardWindow, type DashboardWindow } from "./dashboard-window";
export * from "./types";
