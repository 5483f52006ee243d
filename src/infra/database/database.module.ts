import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { openDatabase, type OpenedDatabase, type SchemaDefinition } from './data-source.factory';
import { Database } from './database.service';
import { DATA_SOURCE } from './database.tokens';

const OPENED_DATABASE = Symbol('OPENED_DATABASE');

class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(OPENED_DATABASE) private readonly opened: OpenedDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.opened.close();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(schema: SchemaDefinition): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: OPENED_DATABASE,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => openDatabase(config.database, schema),
        },
        { provide: DATA_SOURCE, inject: [OPENED_DATABASE], useFactory: (opened: OpenedDatabase) => opened.dataSource },
        DatabaseCloser,
        Database,
      ],
      exports: [DATA_SOURCE, Database],
    };
  }
}
