import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Database } from '../../../infra/database';
import { loadBundledCatalogue, type CatalogueEntry } from './bundled-catalogue';
import { CatalogueRepository } from './catalogue.repository';

/** Makes `catalogue_tracks` equal to the bundled data file: at boot, and in the built embedded template. */
export function seedBundledCatalogue(db: Database, entries: CatalogueEntry[] = loadBundledCatalogue()): Promise<void> {
  return db.transaction((tx) => new CatalogueRepository().replaceAll(tx, entries));
}

/**
 * Loads the bundled catalogue into `catalogue_tracks` at boot (idempotent). Seeding at boot rather than in a
 * migration keeps the data file the single source of truth: an edited file reaches every database on the next
 * deploy, and migrations stay schema-only and reversible.
 */
@Injectable()
export class CatalogueSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogueSeeder.name);
  private readonly entries = loadBundledCatalogue();
  private seeding: Promise<void> | null = null;

  constructor(private readonly db: Database) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.ready();
    } catch (error) {
      // The app still boots (other features work); the next bundled search tries again.
      this.logger.error({ err: error }, 'Could not seed the bundled catalogue');
    }
  }

  /** Resolves once the table matches the data file; a failed attempt is retried by the next caller. */
  ready(): Promise<void> {
    this.seeding ??= this.seed().catch((error: unknown) => {
      this.seeding = null;
      throw error;
    });
    return this.seeding;
  }

  private async seed(): Promise<void> {
    await seedBundledCatalogue(this.db, this.entries);
    this.logger.log({ tracks: this.entries.length }, 'Bundled catalogue ready');
  }
}
