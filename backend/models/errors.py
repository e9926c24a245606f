"""One error hierarchy, mapped once to HTTP and once to the SSE `error` event."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class ErrorBody(BaseModel):
    """The `error` object of every non-2xx JSON response."""

    code: str
    message: str
    detail: Any = None


class ErrorResponse(BaseModel):
    """`{error: {code, message, detail}}`."""

    error: ErrorBody


class AppError(Exception):
    """Base of every error the API reports on purpose; `code` is stable for clients."""

    status_code: int = 500
    code: str = "internal_error"
    stage: str = "internal"

    def __init__(self, message: str, detail: Any = None, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        if code is not None:
            self.code = code

    def body(self) -> ErrorResponse:
        """The JSON body for this error."""
        return ErrorResponse(error=ErrorBody(code=self.code, message=self.message, detail=self.detail))


class BadRequestError(AppError):
    status_code = 400
    code = "bad_request"
    stage = "request"


class NotFoundError(AppError):
    status_code = 404
    code = "not_found"
    stage = "request"


class UnauthorizedError(AppError):
    status_code = 401
    code = "unauthorized"
    stage = "request"


class PayloadTooLargeError(AppError):
    status_code = 413
    code = "payload_too_large"
    stage = "request"


class SqlRejectedError(AppError):
    """The SQL guard refused a statement; `message` names the reason."""

    status_code = 400
    code = "sql_rejected"
    stage = "sql_validation"


class QueryExecutionError(AppError):
    """The engine failed to run an accepted query (its own message is kept)."""

    status_code = 400
    code = "sql_execution_failed"
    stage = "sql_execution"


class QueryTimeoutError(QueryExecutionError):
    status_code = 408
    code = "query_timeout"


class QueryCancelledError(QueryExecutionError):
    status_code = 499
    code = "query_cancelled"


class EngineUnavailableError(AppError):
    status_code = 503
    code = "engine_unavailable"
    stage = "sql_execution"


class CodeGenerationError(AppError):
    code = "code_generation_failed"
    stage = "code_generation"
