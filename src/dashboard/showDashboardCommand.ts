import type { Command } from '../util/commandManager';
import type { DashboardPanel } from './dashboardPanel';

/** Opens the Evidence Dashboard, or reveals it when it is already open. */
export class ShowDashboardCommand implements Command {
  readonly id = 'promotionJournal.showDashboard';

  constructor(private readonly dashboard: DashboardPanel) {}

  execute(): void {
    this.dashboard.show();
  }
}
