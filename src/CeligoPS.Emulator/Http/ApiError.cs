namespace CeligoPS.Emulator.Http;

/// <summary>
/// Thrown anywhere below a route handler to answer with the Celigo error envelope.
/// One exception type keeps validation code linear (no result tuples threaded through helpers);
/// the pipeline turns it into <see cref="ErrorEnvelope"/> output. Throw it before mutating state.
/// </summary>
internal sealed class ApiError : Exception
{
    public ApiError(int status, string code, string message, string? field = null) : base(message)
    {
        Status = status;
        Code = code;
        Field = field;
    }

    public int Status { get; }
    public string Code { get; }
    public string? Field { get; }

    public static ApiError InvalidQuery(string message, string? field = null) => new(400, "invalid_query", message, field);

    /// <summary>422 is what DEV lists for validation failures (<c>invalid_field</c>); used for semantic rejects.</summary>
    public static ApiError InvalidField(string message, string? field = null) => new(422, "invalid_field", message, field);

    public static ApiError NotFound(string kind, string id) => new(404, "resource_not_found", $"{kind} not found: {id}");
}
