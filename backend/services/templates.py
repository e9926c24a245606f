"""Templates as the user meets them: saved from a turn, opened, refreshed, imported, and continued in chat."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from pydantic_ai.messages import (
    ModelMessagesTypeAdapter,
    ModelRequest,
    ModelResponse,
    TextPart,
    ToolCallPart,
    ToolReturnPart,
    UserPromptPart,
)

from backend.core.guarded_query import prepare_query
from backend.core.result_store import ResultStore
from backend.models.conversations import Turn
from backend.models.errors import (
    BadRequestError,
    EngineUnavailableError,
    NoDataError,
    SqlRejectedError,
    TemplateNotFoundError,
    TurnNotFoundError,
)
from backend.models.templates import TemplateBase, TemplateCreate, TemplateData, TemplateExport, TemplatePublic
from backend.repositories.conversations import SqlConversationRepository
from backend.repositories.templates import SqlTemplateRepository
from backend.services.result_recovery import ResultRecovery
from backend.services.stream_events import data_event


def template_missing(template_id: str) -> TemplateNotFoundError:
    """The 404 for an unknown template id."""
    return TemplateNotFoundError(template_id)


def template_messages(template: TemplatePublic, data: TemplateData | None) -> list[Any]:
    """The template as the message history of a finished turn (question, its run_sql call and result), so
    any model — the built-in analyst replays it — reads a follow-up in its context, even for imports."""
    question = template.prompt or template.title
    messages: list[Any] = [ModelRequest(parts=[UserPromptPart(question)])]
    if template.generated_sql and data is not None:
        call = ToolCallPart(
            "run_sql", {"args": {"query": template.generated_sql, "data_source": template.data_source}}, "template"
        )
        summary = {"data_id": data.data_id, "row_count": data.row_count, "truncated": data.truncated}
        messages += [
            ModelResponse(parts=[call]),
            ModelRequest(parts=[ToolReturnPart("run_sql", summary, "template")]),
        ]
    messages.append(ModelResponse(parts=[TextPart(f"Charted as “{template.title}”.")]))
    return ModelMessagesTypeAdapter.dump_python(messages, mode="json")


def _data_id(data_url: str | None) -> str | None:
    return data_url.rsplit("/", 1)[-1] if data_url else None


class TemplateService:
    """Joins the template and conversation repositories with the result store and the guarded SQL path."""

    def __init__(
        self,
        templates: SqlTemplateRepository,
        conversations: SqlConversationRepository,
        store: ResultStore,
        recovery: ResultRecovery,
    ) -> None:
        self.templates = templates
        self.conversations = conversations
        self.store = store
        self.recovery = recovery

    async def create(self, body: TemplateCreate) -> TemplatePublic:
        """Save a template; from a turn, its chart plan and analyst context come along and its data is kept."""
        content = TemplateBase.model_validate(body.model_dump(exclude={"turn_id"}))
        if body.turn_id:
            found = await self.conversations.find_turn(body.turn_id)
            if found is None:
                raise TurnNotFoundError(body.turn_id)
            conversation_id, turn = found
            fields = body.model_fields_set
            content = content.model_copy(
                update={
                    "conversation_id": content.conversation_id or conversation_id,
                    "spec": content.spec or turn.spec,
                    "prompt": content.prompt if "prompt" in fields else turn.prompt,
                    "generated_sql": content.generated_sql if "generated_sql" in fields else turn.sql,
                    "ui_code": content.ui_code if "ui_code" in fields else turn.code,
                    "parameters": content.parameters if "parameters" in fields else turn.params,
                    "param_schema": content.param_schema if "param_schema" in fields else turn.param_schema,
                    "data_source": content.data_source if "data_source" in fields else turn.engine or "duckdb",
                    "data_url": content.data_url if "data_url" in fields else turn.data_url,
                }
            )
        data_id = _data_id(content.data_url)
        if data_id:
            await asyncio.to_thread(self.store.keep, data_id)
        return await self.templates.create(content)

    async def import_(self, file: TemplateExport) -> TemplatePublic:
        """Add an exported template; its SQL must pass the guard. The id is kept unless already taken."""
        content = TemplateBase.model_validate(file.model_dump(include=set(TemplateBase.model_fields)))
        if content.generated_sql:
            self.check_sql(content.generated_sql, content.data_source)
        taken = await self.templates.exists(file.id)
        return await self.templates.create(
            content,
            template_id=None if taken else file.id,
            version=file.version,
            created_at=file.created_at,
            updated_at=file.updated_at,
        )

    def check_sql(self, sql: str, engine_name: str) -> None:
        """Refuse SQL the guard would refuse (400 naming the reason), without running it."""
        engine = self.recovery.engines.get(engine_name) or self.recovery.engines.get("duckdb")
        if engine is None:
            raise EngineUnavailableError("no engine is configured to check the template's SQL")
        settings = self.recovery.settings
        try:
            prepare_query(
                sql,
                allowed_tables=self.recovery.allowed_tables(),
                limit=None,
                default_limit=settings.default_row_limit,
                max_limit=settings.max_row_limit,
            )
        except (BadRequestError, SqlRejectedError) as exc:
            raise SqlRejectedError(f"the template's SQL is refused: {exc.message}") from exc

    async def export(self, template_id: str) -> TemplateExport:
        """The template as a file."""
        template = await self.templates.get(template_id)
        if template is None:
            raise template_missing(template_id)
        return TemplateExport.model_validate(template.model_dump())

    async def data(
        self,
        template_id: str,
        *,
        refresh: bool,
        hold: Callable[[], AbstractContextManager[object]] | None = None,
    ) -> TemplateData:
        """The chart's data: the saved result, or (on refresh or when it is gone) the saved SQL re-run
        through the guard on current data (holding the client's query slot from `hold` meanwhile)."""
        template = await self.templates.get(template_id)
        if template is None:
            raise template_missing(template_id)
        if refresh:
            if not template.generated_sql:
                raise BadRequestError("this template has no SQL to re-run")
            stored, note = await self.recovery.run(template.generated_sql, template.data_source, hold=hold), None
        else:
            found, note = await self.recovery.ensure(
                _data_id(template.data_url), template.generated_sql, template.data_source, hold=hold
            )
            if found is None:
                raise NoDataError(note or "this template has no data")
            stored = found
        if stored.url != template.data_url:
            await self.templates.set_data_url(template_id, stored.url)
        event = data_event(stored)
        return TemplateData(
            data_url=stored.url,
            data_id=stored.id,
            row_count=stored.row_count,
            truncated=stored.truncated,
            format=event.format,
            columns=event.columns,
            note=note,
        )

    async def start_conversation(self, template_id: str) -> str:
        """A new conversation whose first turn is the template (SQL, code, params, plan), so a follow-up such
        as "same chart but for 2024" builds on it."""
        template = await self.templates.get(template_id)
        if template is None:
            raise template_missing(template_id)
        data = await self.data(template_id, refresh=False) if template.generated_sql or template.data_url else None
        conversation = await self.conversations.create(template.title)
        turn = Turn(
            id=secrets.token_urlsafe(9),
            prompt=template.prompt or template.title,
            sql=template.generated_sql,
            engine=template.data_source,
            data_id=data.data_id if data else None,
            data_url=data.data_url if data else None,
            row_count=data.row_count if data else None,
            data_format=data.format if data else None,
            columns=data.columns if data else [],
            truncated=data.truncated if data else False,
            code=template.ui_code,
            params=template.parameters,
            param_schema=template.param_schema,
            spec=template.spec,
            thoughts=[f"Opened the template “{template.title}” (version {template.version})."]
            + ([data.note] if data and data.note else []),
            messages=template_messages(template, data),
        )
        await self.conversations.add_turn(conversation.id, turn)
        return conversation.id
