"""Provider and agent exceptions → our errors with a plain message (the provider's text goes to the log)."""

from __future__ import annotations

import httpx
from pydantic_ai.exceptions import ModelAPIError, ModelHTTPError, UnexpectedModelBehavior, UsageLimitExceeded, UserError

from backend.models.errors import (
    AgentFailedError,
    AppError,
    BudgetExceededError,
    ModelTimeoutError,
    ModelUnavailableError,
)


def _is_timeout(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, TimeoutError | httpx.TimeoutException) or "Timeout" in type(current).__name__:
            return True
        current = current.__cause__ or current.__context__
    return False


def model_error(exc: BaseException) -> AppError:
    """What the user is told about a failed model run; never the provider's own message."""
    if isinstance(exc, UserError):  # our configuration (a missing key), worded by PydanticAI, not the provider
        return ModelUnavailableError(f"The model is not configured: {str(exc).split('. ')[0]}.")
    if isinstance(exc, UsageLimitExceeded):
        return BudgetExceededError(f"This question needs more than the turn's budget ({exc}). Try a narrower question.")
    if _is_timeout(exc):
        return ModelTimeoutError("The model did not answer in time. Try again in a moment.")
    if isinstance(exc, ModelHTTPError):
        if exc.status_code == 429:
            return ModelUnavailableError("The model is rate-limited right now. Try again in a moment.")
        if exc.status_code in (401, 403):
            return ModelUnavailableError("The model refused the credentials; check the model configuration.")
        return ModelUnavailableError(f"The model service failed (HTTP {exc.status_code}). Try again in a moment.")
    if isinstance(exc, ModelAPIError):
        return ModelUnavailableError("The model service could not be reached. Try again in a moment.")
    if isinstance(exc, UnexpectedModelBehavior):
        return AgentFailedError("The model could not produce a valid answer after several tries. Try rephrasing.")
    return AgentFailedError("The analyst failed unexpectedly. Try again.")
