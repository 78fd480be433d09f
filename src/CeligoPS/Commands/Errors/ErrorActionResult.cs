namespace CeligoPS.Commands.Errors
{
    /// <summary>What a bulk error command did to one error.</summary>
    public sealed class ErrorActionResult
    {
        public const string Done = "Done";
        public const string Failed = "Failed";

        /// <summary>Sent in a call that failed: the API may or may not have acted on it.</summary>
        public const string Uncertain = "Uncertain";

        /// <summary>Not sent, because an earlier call for its step failed.</summary>
        public const string NotSent = "NotSent";

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

        /// <summary>Done; Failed (the reason in Message); or, when some calls of its step went through and one failed, Uncertain or NotSent.</summary>
        public string Status { get; }

        public string? Message { get; }
    }
}
