import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/**
 * Every setting Kartasto reads from the environment, validated once at boot so a bad value
 * stops start-up with a message naming the variable.
 */
export class KartastoConfig {
  /** HTTP port; 0 picks a free one. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** External PostgreSQL; when unset Kartasto starts its embedded PostgreSQL. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Folder for the embedded PostgreSQL's data (gitignored). */
  @IsString()
  KARTASTO_DATA_DIR = '.kartasto';

  /** Port of the embedded PostgreSQL; 0 picks a free one. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_PG_PORT = 0;

  /** Seed demo organisations, users and models into an empty database. */
  @Transform(toBool)
  @IsBoolean()
  @IsOptional()
  SEED_DEMO?: boolean;

  /** Mark the session cookie Secure (set behind HTTPS). */
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE = false;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  SESSION_TTL_SECONDS = 12 * 3600;

  /** Largest upload accepted for imports, in megabytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(2048)
  MAX_UPLOAD_MB = 200;

  /** Folder with the built web app; empty to serve the API only. */
  @IsString()
  WEB_DIST_DIR = 'dist/web';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 20;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): KartastoConfig {
  const known = Object.keys(new KartastoConfig()).concat(['DATABASE_URL', 'SEED_DEMO']);
  const raw: Record<string, unknown> = {};
  for (const key of known) if (env[key] !== undefined) raw[key] = env[key];
  const config = plainToInstance(KartastoConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidNonWhitelisted: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) =>
        `  ${e.property}=${JSON.stringify(raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigError(`Kartasto cannot start: invalid configuration\n${lines.join('\n')}`);
  }
  return config;
}
