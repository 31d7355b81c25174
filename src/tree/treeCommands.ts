import type { JournalService } from '../journal/journalService';
import type { JournalTreeProvider } from './journalTreeProvider';
import type { Command } from '../util/commandManager';

export class RefreshCommand implements Command {
  readonly id = 'promotionJournal.refresh';

  constructor(private readonly service: JournalService) {}

  execute(): Promise<void> {
    return this.service.reload();
  }
}

export class GroupByPeriodCommand implements Command {
  readonly id = 'promotionJournal.groupByPeriod';

  constructor(private readonly tree: JournalTreeProvider) {}

  execute(): Promise<void> {
    return this.tree.setGrouping('period');
  }
}

export class GroupByElementCommand implements Command {
  readonly id = 'promotionJournal.groupByElement';

  constructor(private readonly tree: JournalTreeProvider) {}

  execute(): Promise<void> {
    return this.tree.setGrouping('element');
  }
}
