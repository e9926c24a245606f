"""One error hierarchy, mapped once to HTTP and once to the SSE `error` event.

`ErrorCode` and `Stage` are closed sets exported through OpenAPI, so the frontend gets union types;
every `AppError` subclass owns exactly one code.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, Field
from typing_extensions import TypeAliasType

# Where in a turn (or request) something failed; `client` is reported by the browser itself.
Stage = TypeAliasType(
    "Stage",
    Literal[
        "request",
        "sql_validation",
        "sql_execution",
        "data_fetch",
        "code_generation",
        "agent",
        "internal",
        "client",
    ],
)

ID_SHOWN_CHARS = 24


class ErrorCode(StrEnum):
    """Stable machine-readable error codes (one per `AppError` subclass, plus framework errors)."""

    bad_request = "bad_request"
    invalid_request = "invalid_request"
    invalid_json = "invalid_json"
    empty_message = "empty_message"
    not_found = "not_found"
    route_not_found = "route_not_found"
    method_not_allowed = "method_not_allowed"
    conversation_not_found = "conversation_not_found"
    conversation_full = "conversation_full"
    template_not_found = "template_not_found"
    version_not_found = "version_not_found"
    turn_not_found = "turn_not_found"
    conflict = "conflict"
    source_not_found = "source_not_found"
    source_unreachable = "source_unreachable"
    unreadable_file = "unreadable_file"
    version_conflict = "version_conflict"
    result_not_found = "result_not_found"
    unauthorized = "unauthorized"
    payload_too_large = "payload_too_large"
    too_many_requests = "too_many_requests"
    sql_rejected = "sql_rejected"
    sql_execution_failed = "sql_execution_failed"
    query_timeout = "query_timeout"
    query_cancelled = "query_cancelled"
    engine_unavailable = "engine_unavailable"
    export_unsupported = "export_unsupported"
    code_generation_failed = "code_generation_failed"
    no_data = "no_data"
    agent_failed = "agent_failed"
    model_unavailable = "model_unavailable"
    model_timeout = "model_timeout"
    budget_exceeded = "budget_exceeded"
    internal_error = "internal_error"


class ErrorBody(BaseModel):
    """The `error` object of every non-2xx JSON response."""

    code: ErrorCode
    message: str
    detail: Any = None
    correlation_id: str | None = Field(default=None, description="quote it when reporting; the log has the details")


class ErrorResponse(BaseModel):
    """`{error: {code, message, detail}}`."""

    error: ErrorBody


def shown_id(value: str) -> str:
    """An id as error messages quote it: never more than a few dozen characters of user input."""
    return repr(value if len(value) <= ID_SHOWN_CHARS else value[:ID_SHOWN_CHARS] + "…")


class AppError(Exception):
    """Base of every error the API reports on purpose; `code` is stable for clients."""

    status_code: ClassVar[int] = 500
    code: ClassVar[ErrorCode] = ErrorCode.internal_error
    stage: ClassVar[Stage] = "internal"

    def __init__(self, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def body(self, correlation_id: str | None = None) -> ErrorResponse:
        """The JSON body for this error."""
        return ErrorResponse(
            error=ErrorBody(code=self.code, message=self.message, detail=self.detail, correlation_id=correlation_id)
        )


class BadRequestError(AppError):
    status_code = 400
    code = ErrorCode.bad_request
    stage = "request"


class EmptyMessageError(BadRequestError):
    code = ErrorCode.empty_message


class ExportUnsupportedError(BadRequestError):
    """A result cannot be written in the requested format; the message names the column."""

    code = ErrorCode.export_unsupported
    stage = "data_fetch"


class NotFoundError(AppError):
    status_code = 404
    code = ErrorCode.not_found
    stage = "request"


class ConversationNotFoundError(NotFoundError):
    code = ErrorCode.conversation_not_found

    def __init__(self, conversation_id: str) -> None:
        super().__init__(f"no conversation with id {shown_id(conversation_id)}")


class ResultNotFoundError(NotFoundError):
    code = ErrorCode.result_not_found
    stage = "data_fetch"

    def __init__(self, result_id: str) -> None:
        super().__init__(f"no result with id {shown_id(result_id)} (it may have expired)")


class ConflictError(AppError):
    """The request is valid but the stored state does not allow it."""

    status_code = 409
    code = ErrorCode.conflict
    stage = "request"


class ConversationFullError(ConflictError):
    code = ErrorCode.conversation_full


class VersionConflictError(ConflictError):
    """A write started from an older version; `detail` carries the current one."""

    code = ErrorCode.version_conflict


class TemplateNotFoundError(NotFoundError):
    code = ErrorCode.template_not_found

    def __init__(self, template_id: str) -> None:
        super().__init__(f"no template with id {shown_id(template_id)}")


class TemplateVersionNotFoundError(NotFoundError):
    code = ErrorCode.version_not_found


class TurnNotFoundError(NotFoundError):
    code = ErrorCode.turn_not_found

    def __init__(self, turn_id: str) -> None:
        super().__init__(f"no turn with id {shown_id(turn_id)}")


class UnauthorizedError(AppError):
    status_code = 401
    code = ErrorCode.unauthorized
    stage = "request"


class SourceNotFoundError(NotFoundError):
    code = ErrorCode.source_not_found


class SourceUnreachableError(AppError):
    """A database could not be attached; the message is the driver's, with the password removed."""

    status_code = 400
    code = ErrorCode.source_unreachable
    stage = "request"


class UnreadableFileError(AppError):
    """An uploaded file cannot become a table; the message names the problem (encoding, ragged rows, …)."""

    status_code = 422
    code = ErrorCode.unreadable_file
    stage = "request"


class PayloadTooLargeError(AppError):
    status_code = 413
    code = ErrorCode.payload_too_large
    stage = "request"


class TooManyRequestsError(AppError):
    """A client has as many queries or chats running as it may; `retry_after` seconds is a fair wait."""

    status_code = 429
    code = ErrorCode.too_many_requests
    stage = "request"

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message, {"retry_after": retry_after})
        self.retry_after = retry_after


class SqlRejectedError(AppError):
    """The SQL guard refused a statement; `message` names the reason."""

    status_code = 400
    code = ErrorCode.sql_rejected
    stage = "sql_validation"


class QueryExecutionError(AppError):
    """The engine failed to run an accepted query (its own message is kept)."""

    status_code = 400
    code = ErrorCode.sql_execution_failed
    stage = "sql_execution"


class QueryTimeoutError(QueryExecutionError):
    status_code = 408
    code = ErrorCode.query_timeout


class QueryCancelledError(QueryExecutionError):
    status_code = 499
    code = ErrorCode.query_cancelled


class EngineUnavailableError(AppError):
    status_code = 503
    code = ErrorCode.engine_unavailable
    stage = "sql_execution"


class CodeGenerationError(AppError):
    code = ErrorCode.code_generation_failed
    stage = "code_generation"


class NoDataError(AppError):
    """There are no rows to show: none were saved, or they are gone and re-running the SQL failed."""

    status_code = 404
    code = ErrorCode.no_data
    stage = "code_generation"


class ModelUnavailableError(AppError):
    """The model provider refused or failed the request (rate limit, outage, bad key)."""

    status_code = 503
    code = ErrorCode.model_unavailable
    stage = "agent"


class ModelTimeoutError(ModelUnavailableError):
    status_code = 504
    code = ErrorCode.model_timeout


class BudgetExceededError(AppError):
    """The turn reached its token or tool-call budget."""

    status_code = 429
    code = ErrorCode.budget_exceeded
    stage = "agent"


class AgentFailedError(AppError):
    """The model could not produce a valid answer (its retries are used up)."""

    code = ErrorCode.agent_failed
    stage = "agent"
