import { MigrationInterface, QueryRunner } from 'typeorm';

/** The architecture repository: tenancy, models, elements, relationships, views, audit. */
export class InitialSchema1763920000000 implements MigrationInterface {
  name = 'InitialSchema1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
        kind text NOT NULL CHECK (kind IN ('national','region','municipality','agency','company')),
        name jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

      CREATE TABLE membership (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('viewer','editor','reviewer','admin')),
        PRIMARY KEY (user_id, organization_id)
      );

      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX user_session_user_idx ON user_session (user_id);

      CREATE TABLE model (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        identifier text,
        name jsonb NOT NULL DEFAULT '{}',
        documentation jsonb NOT NULL DEFAULT '{}',
        kind text NOT NULL CHECK (kind IN ('enterprise','reference','solution','ecosystem')),
        state text NOT NULL CHECK (state IN ('current','target','transition')),
        visibility text NOT NULL DEFAULT 'private' CHECK (visibility IN ('private','network','public')),
        based_on_id uuid REFERENCES model(id),
        metadata jsonb NOT NULL DEFAULT '{}',
        properties jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user(id),
        updated_by uuid REFERENCES app_user(id),
        deleted_at timestamptz
      );
      CREATE INDEX model_organization_idx ON model (organization_id);

      CREATE TABLE property_definition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES model(id) ON DELETE CASCADE,
        identifier text NOT NULL,
        name jsonb NOT NULL DEFAULT '{}',
        data_type text NOT NULL DEFAULT 'string'
          CHECK (data_type IN ('string','boolean','currency','date','time','number')),
        UNIQUE (model_id, identifier)
      );

      CREATE TABLE folder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES model(id) ON DELETE CASCADE,
        identifier text NOT NULL,
        parent_id uuid REFERENCES folder(id) ON DELETE CASCADE,
        name jsonb NOT NULL DEFAULT '{}',
        documentation jsonb NOT NULL DEFAULT '{}',
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (model_id, identifier)
      );
      CREATE INDEX folder_parent_idx ON folder (parent_id);

      CREATE TABLE element (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES model(id) ON DELETE CASCADE,
        identifier text NOT NULL,
        type text NOT NULL,
        specialization text,
        name jsonb NOT NULL DEFAULT '{}',
        documentation jsonb NOT NULL DEFAULT '{}',
        properties jsonb NOT NULL DEFAULT '[]',
        folder_id uuid REFERENCES folder(id) ON DELETE SET NULL,
        reference_element_id uuid REFERENCES element(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user(id),
        updated_by uuid REFERENCES app_user(id),
        deleted_at timestamptz,
        sort_name text GENERATED ALWAYS AS (
          lower(coalesce(name->>'fi', name->>'en', name->>'sv', name->>'', ''))
        ) STORED,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(jsonb_to_tsvector('simple'::regconfig, name, '["string"]'), 'A') ||
          setweight(jsonb_to_tsvector('simple'::regconfig, documentation, '["string"]'), 'B')
        ) STORED,
        UNIQUE (model_id, identifier)
      );
      CREATE INDEX element_model_sort_idx ON element (model_id, sort_name, id);
      CREATE INDEX element_model_type_idx ON element (model_id, type);
      CREATE INDEX element_folder_idx ON element (folder_id);
      CREATE INDEX element_search_idx ON element USING gin (search_vector);

      CREATE TABLE relationship (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES model(id) ON DELETE CASCADE,
        identifier text NOT NULL,
        type text NOT NULL,
        source_element_id uuid REFERENCES element(id) ON DELETE CASCADE,
        source_relationship_id uuid REFERENCES relationship(id) ON DELETE CASCADE,
        target_element_id uuid REFERENCES element(id) ON DELETE CASCADE,
        target_relationship_id uuid REFERENCES relationship(id) ON DELETE CASCADE,
        name jsonb NOT NULL DEFAULT '{}',
        documentation jsonb NOT NULL DEFAULT '{}',
        properties jsonb NOT NULL DEFAULT '[]',
        access_type text CHECK (access_type IN ('Access','Read','Write','ReadWrite')),
        influence_strength text,
        is_directed boolean,
        specialization text,
        folder_id uuid REFERENCES folder(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user(id),
        updated_by uuid REFERENCES app_user(id),
        deleted_at timestamptz,
        UNIQUE (model_id, identifier),
        CHECK ((source_element_id IS NULL) <> (source_relationship_id IS NULL)),
        CHECK ((target_element_id IS NULL) <> (target_relationship_id IS NULL))
      );
      CREATE INDEX relationship_source_el_idx ON relationship (source_element_id);
      CREATE INDEX relationship_target_el_idx ON relationship (target_element_id);
      CREATE INDEX relationship_source_rel_idx ON relationship (source_relationship_id) WHERE source_relationship_id IS NOT NULL;
      CREATE INDEX relationship_target_rel_idx ON relationship (target_relationship_id) WHERE target_relationship_id IS NOT NULL;
      CREATE INDEX relationship_model_idx ON relationship (model_id, type);

      CREATE TABLE view (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES model(id) ON DELETE CASCADE,
        identifier text NOT NULL,
        kind text NOT NULL DEFAULT 'archimate' CHECK (kind IN ('archimate','ecosystem','process','portfolio')),
        name jsonb NOT NULL DEFAULT '{}',
        documentation jsonb NOT NULL DEFAULT '{}',
        viewpoint text,
        framework_viewpoint text,
        framework_level text,
        properties jsonb NOT NULL DEFAULT '[]',
        layout jsonb NOT NULL DEFAULT '{}',
        folder_id uuid REFERENCES folder(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user(id),
        updated_by uuid REFERENCES app_user(id),
        deleted_at timestamptz,
        UNIQUE (model_id, identifier)
      );

      CREATE TABLE view_node (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        view_id uuid NOT NULL REFERENCES view(id) ON DELETE CASCADE,
        identifier text NOT NULL,
        parent_id uuid REFERENCES view_node(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('element','container','label')),
        element_id uuid REFERENCES element(id) ON DELETE CASCADE,
        view_ref_id uuid REFERENCES view(id) ON DELETE SET NULL,
        label jsonb NOT NULL DEFAULT '{}',
        documentation jsonb NOT NULL DEFAULT '{}',
        x double precision NOT NULL DEFAULT 0,
        y double precision NOT NULL DEFAULT 0,
        width double precision NOT NULL DEFAULT 120,
        height double precision NOT NULL DEFAULT 55,
        style jsonb NOT NULL DEFAULT '{}',
        properties jsonb NOT NULL DEFAULT '[]',
        sort_order integer NOT NULL DEFAULT 0,
        pinned boolean NOT NULL DEFAULT false,
        UNIQUE (view_id, identifier)
      );
      CREATE INDEX view_node_element_idx ON view_node (element_id);

      CREATE TABLE view_connection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        view_id uuid NOT NULL REFERENCES view(id) ON DELETE CASCADE,
        identifier text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('relationship','line')),
        relationship_id uuid REFERENCES relationship(id) ON DELETE CASCADE,
        source_node_id uuid REFERENCES view_node(id) ON DELETE CASCADE,
        source_connection_id uuid REFERENCES view_connection(id) ON DELETE CASCADE,
        target_node_id uuid REFERENCES view_node(id) ON DELETE CASCADE,
        target_connection_id uuid REFERENCES view_connection(id) ON DELETE CASCADE,
        bendpoints jsonb NOT NULL DEFAULT '[]',
        label jsonb NOT NULL DEFAULT '{}',
        documentation jsonb NOT NULL DEFAULT '{}',
        style jsonb NOT NULL DEFAULT '{}',
        properties jsonb NOT NULL DEFAULT '[]',
        sort_order integer NOT NULL DEFAULT 0,
        UNIQUE (view_id, identifier)
      );
      CREATE INDEX view_connection_relationship_idx ON view_connection (relationship_id);

      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid,
        organization_id uuid,
        model_id uuid,
        entity_type text NOT NULL,
        entity_id uuid,
        action text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text
      );
      CREATE INDEX audit_event_entity_idx ON audit_event (entity_id, at);
      CREATE INDEX audit_event_model_idx ON audit_event (model_id, at);

      -- The audit log is append-only for everyone the application connects as.
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_event, view_connection, view_node, view, relationship, element, folder,
        property_definition, model, user_session, membership, app_user, organization CASCADE;
      DROP FUNCTION audit_event_append_only();
    `);
  }
}
