import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { ELEMENT_COLUMNS } from '../elements/element-columns';
import { toPrefixTsQuery } from '../common/text-query';
import { rowToElement } from '../elements/element.service';
import { ElementEntity } from '../elements/element.entity';
import { ModelAccessService } from '../models/model-access.service';

const CANDIDATES = 500;

/** Full-text search over element names and documentation in every language (GIN index). */
@Injectable()
export class SearchService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
  ) {}

  async search(
    ctx: RequestContext,
    text: string,
    modelId: string | undefined,
    first: number,
  ): Promise<ElementEntity[]> {
    const tsq = toPrefixTsQuery(text);
    if (!tsq) return [];
    if (modelId) await this.access.readable(ctx, modelId);
    const readable = this.access.readableCondition(ctx.user, 'm', 3);
    const params: unknown[] = [tsq, Math.min(Math.max(first, 1), 100), ...readable.params];
    let modelCond = '';
    if (modelId) {
      params.push(modelId);
      modelCond = `AND e.model_id = $${params.length}`;
    }
    // Rank only the first CANDIDATES matches: ranking every match of a short prefix such as
    // "rek" costs more than the whole rest of the query, and the box shows 20 anyway.
    const rows = await this.db.query(
      `SELECT ${ELEMENT_COLUMNS.map((c) => `c.${c}`).join(', ')} FROM (
         SELECT e.* FROM element e JOIN model m ON m.id = e.model_id
          WHERE e.search_vector @@ to_tsquery('simple', $1) AND e.deleted_at IS NULL AND ${readable.sql} ${modelCond}
          LIMIT ${CANDIDATES}) c
        ORDER BY ts_rank(c.search_vector, to_tsquery('simple', $1)) DESC, c.sort_name, c.id
        LIMIT $2`,
      params,
    );
    const repo = this.db.getRepository(ElementEntity);
    return rows.map((r: Record<string, unknown>) => repo.create(rowToElement(r)));
  }
}
