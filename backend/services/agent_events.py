"""The events of one analyst run, streamed model responses and tool calls alike, ending with the run's result."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Sequence

from pydantic_ai import Agent
from pydantic_ai.messages import AgentStreamEvent, ModelMessage, PartEndEvent, PartStartEvent
from pydantic_ai.models import Model
from pydantic_ai.run import AgentRunResultEvent
from pydantic_ai.usage import RunUsage, UsageLimits

from backend.agents.analyst import AnalystDeps
from backend.agents.builtin_model import BuiltinModel
from backend.models.viz import AnalystOutput


async def agent_events(
    agent: Agent[AnalystDeps, AnalystOutput],
    prompt: str,
    *,
    deps: AnalystDeps,
    model: Model | str,
    history: Sequence[ModelMessage],
    limits: UsageLimits,
    usage: RunUsage,
) -> AsyncGenerator[AgentStreamEvent | AgentRunResultEvent[AnalystOutput]]:
    """What `run_stream_events` yields, but the built-in analyst's model requests are not streamed.

    The built-in analyst decides a whole step before it answers, so a stream of its response holds nothing that
    was not ready at once, and PydanticAI's streaming machinery costs ~2 ms CPU a turn (a third of its run). Its
    response's parts are given as the start and end events a stream of them would end with. A provider's responses
    stream as they are written.
    """
    whole = isinstance(model, BuiltinModel)
    async with agent.iter(
        prompt, deps=deps, model=model, message_history=history, usage_limits=limits, usage=usage
    ) as run:
        node = run.next_node
        while not Agent.is_end_node(node):
            if whole and Agent.is_model_request_node(node):
                node = await run.next(node)
                if Agent.is_call_tools_node(node):
                    for index, part in enumerate(node.model_response.parts):
                        yield PartStartEvent(index=index, part=part)
                        yield PartEndEvent(index=index, part=part)
                continue
            if Agent.is_model_request_node(node) or Agent.is_call_tools_node(node):
                async with node.stream(run.ctx) as events:
                    async for event in events:
                        yield event
            node = await run.next(node)
        assert run.result is not None
        yield AgentRunResultEvent(result=run.result)
