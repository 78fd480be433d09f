namespace CeligoPS.Emulator;

/// <summary>One request the emulator answered. <see cref="StatusCode"/> is 0 when the connection was aborted by a fault.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, int StatusCode, DateTimeOffset Timestamp);
