"""Migration 0008_installations creates exactly the tables slack_sdk's SQLAlchemy installation
and state stores declare (the installed slack_sdk), on SQLite and PostgreSQL."""

from __future__ import annotations

from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import MetaData, inspect
from sqlalchemy.engine import Engine


def _declared() -> MetaData:
    metadata = MetaData()
    store = SQLAlchemyInstallationStore
    store.build_bots_table(metadata, store.default_bots_table_name)
    store.build_installations_table(metadata, store.default_installations_table_name)
    states = SQLAlchemyOAuthStateStore
    states.build_oauth_states_table(metadata, states.default_table_name)
    return metadata


def test_the_migrated_tables_have_slack_sdks_columns(engine: Engine) -> None:
    found = inspect(engine)
    for table in _declared().sorted_tables:
        columns = {c["name"]: c for c in found.get_columns(table.name)}
        assert set(columns) == {c.name for c in table.columns}, table.name
        for declared in table.columns:
            column = columns[declared.name]
            assert column["nullable"] == (declared.nullable and not declared.primary_key), (
                f"{table.name}.{declared.name}"
            )
            declared_type = declared.type.compile(dialect=engine.dialect)
            assert column["type"].compile(dialect=engine.dialect) == declared_type, (
                f"{table.name}.{declared.name}"
            )
        indexes = {i["name"] for i in found.get_indexes(table.name)}
        assert {i.name for i in table.indexes} <= indexes, table.name


def test_the_stores_work_on_the_migrated_tables(engine: Engine) -> None:
    states = SQLAlchemyOAuthStateStore(expiration_seconds=60, engine=engine)
    state = states.issue()
    assert states.consume(state) and not states.consume(state)
