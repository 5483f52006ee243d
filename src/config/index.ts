export { loadConfig, parseEnv, buildConfig, envVariableNames } from './app-config';
export { ConfigValidationError } from './config-validation-error';
export type { AppConfig, BillingConfig, EnvSource, OAuthProviderConfig } from './app-config';
export { APP_CONFIG, ConfigModule } from './config.module';
export { resolveJwtSecret } from './jwt-secret';
export { redactUrl, describePostgres } from './redact-url';
export type { MailTransport } from './app-config';
export { loadDotEnv } from './dot-env';
