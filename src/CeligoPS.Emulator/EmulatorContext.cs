using CeligoPS.Emulator.Http;

namespace CeligoPS.Emulator;

/// <summary>What the pipeline and the route maps share for one emulator instance.</summary>
internal sealed class EmulatorContext(EmulatorOptions options, AccountState state, RequestCounters counters, FaultInjector faults, RateBucket bucket)
{
    public EmulatorOptions Options { get; } = options;
    public AccountState State { get; } = state;
    public RequestCounters Counters { get; } = counters;
    public FaultInjector Faults { get; } = faults;
    public RateBucket Bucket { get; } = bucket;
}
