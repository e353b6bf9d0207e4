"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity import Activity
    from .activity_duration import ActivityDuration
    from .activity_statistic import ActivityStatistic
    from .error import Error
    from .list_activity_response import ListActivityResponse
    from .list_task_queue_response import ListTaskQueueResponse
    from .list_task_queues_statistics_response import ListTaskQueuesStatisticsResponse
    from .list_task_response import ListTaskResponse
    from .list_worker_response import ListWorkerResponse
    from .list_workflow_response import ListWorkflowResponse
    from .list_workspace_response import ListWorkspaceResponse
    from .page_meta import PageMeta
    from .queue_order import QueueOrder
    from .task import Task
    from .task_order import TaskOrder
    from .task_queue import TaskQueue
    from .task_queue_cumulative_statistics import TaskQueueCumulativeStatistics
    from .task_queue_real_time_statistics import TaskQueueRealTimeStatistics
    from .task_queue_statistics import TaskQueueStatistics
    from .task_queues_statistics import TaskQueuesStatistics
    from .task_status import TaskStatus
    from .worker import Worker
    from .worker_instance_statistics import WorkerInstanceStatistics
    from .worker_statistics import WorkerStatistics
    from .workers_cumulative_statistics import WorkersCumulativeStatistics
    from .workers_real_time_statistics import WorkersRealTimeStatistics
    from .workflow import Workflow
    from .workflow_cumulative_statistics import WorkflowCumulativeStatistics
    from .workflow_real_time_statistics import WorkflowRealTimeStatistics
    from .workflow_statistics import WorkflowStatistics
    from .workspace import Workspace
    from .workspace_cumulative_statistics import WorkspaceCumulativeStatistics
    from .workspace_real_time_statistics import WorkspaceRealTimeStatistics
    from .workspace_statistics import WorkspaceStatistics

_MODULES: dict[str, str] = {
    "Activity": "activity",
    "ActivityDuration": "activity_duration",
    "ActivityStatistic": "activity_statistic",
    "Error": "error",
    "ListActivityResponse": "list_activity_response",
    "ListTaskQueueResponse": "list_task_queue_response",
    "ListTaskQueuesStatisticsResponse": "list_task_queues_statistics_response",
    "ListTaskResponse": "list_task_response",
    "ListWorkerResponse": "list_worker_response",
    "ListWorkflowResponse": "list_workflow_response",
    "ListWorkspaceResponse": "list_workspace_response",
    "PageMeta": "page_meta",
    "QueueOrder": "queue_order",
    "Task": "task",
    "TaskOrder": "task_order",
    "TaskQueue": "task_queue",
    "TaskQueueCumulativeStatistics": "task_queue_cumulative_statistics",
    "TaskQueueRealTimeStatistics": "task_queue_real_time_statistics",
    "TaskQueueStatistics": "task_queue_statistics",
    "TaskQueuesStatistics": "task_queues_statistics",
    "TaskStatus": "task_status",
    "Worker": "worker",
    "WorkerInstanceStatistics": "worker_instance_statistics",
    "WorkerStatistics": "worker_statistics",
    "WorkersCumulativeStatistics": "workers_cumulative_statistics",
    "WorkersRealTimeStatistics": "workers_real_time_statistics",
    "Workflow": "workflow",
    "WorkflowCumulativeStatistics": "workflow_cumulative_statistics",
    "WorkflowRealTimeStatistics": "workflow_real_time_statistics",
    "WorkflowStatistics": "workflow_statistics",
    "Workspace": "workspace",
    "WorkspaceCumulativeStatistics": "workspace_cumulative_statistics",
    "WorkspaceRealTimeStatistics": "workspace_real_time_statistics",
    "WorkspaceStatistics": "workspace_statistics",
}

__all__ = [
    "Activity",
    "ActivityDuration",
    "ActivityStatistic",
    "Error",
    "ListActivityResponse",
    "ListTaskQueueResponse",
    "ListTaskQueuesStatisticsResponse",
    "ListTaskResponse",
    "ListWorkerResponse",
    "ListWorkflowResponse",
    "ListWorkspaceResponse",
    "PageMeta",
    "QueueOrder",
    "Task",
    "TaskOrder",
    "TaskQueue",
    "TaskQueueCumulativeStatistics",
    "TaskQueueRealTimeStatistics",
    "TaskQueueStatistics",
    "TaskQueuesStatistics",
    "TaskStatus",
    "Worker",
    "WorkerInstanceStatistics",
    "WorkerStatistics",
    "WorkersCumulativeStatistics",
    "WorkersRealTimeStatistics",
    "Workflow",
    "WorkflowCumulativeStatistics",
    "WorkflowRealTimeStatistics",
    "WorkflowStatistics",
    "Workspace",
    "WorkspaceCumulativeStatistics",
    "WorkspaceRealTimeStatistics",
    "WorkspaceStatistics",
]


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
