namespace CeligoPS.Commands.Errors
{
    /// <summary>What a bulk error command did to one error.</summary>
    public sealed class ErrorActionResult
    {
        public ErrorActionResult(string flowId, string stepId, string errorId, string action, string status, string? message = null)
        {
            FlowId = flowId;
            StepId = stepId;
            ErrorId = errorId;
            Action = action;
            Status = status;
            Message = message;
        }

        public string FlowId { get; }
        public string StepId { get; }
        public string ErrorId { get; }

        /// <summary>Resolve, Assign, Tag, Delete...</summary>
        public string Action { get; }

        /// <summary>Done, or Failed (with the reason in Message).</summary>
        public string Status { get; }

        public string? Message { get; }
    }
}
