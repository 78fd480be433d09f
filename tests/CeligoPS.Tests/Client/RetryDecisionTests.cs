using System.Net.Http;
using System.Net.Sockets;
using CeligoPS.Client;
using CeligoPS.Client.Http;
using Polly.Timeout;
using Xunit;

namespace CeligoPS.Tests.Client;

/// <summary>The rule that keeps a POST which starts work from being sent twice.</summary>
public sealed class RetryDecisionTests
{
    private static CeligoApiException Status(int code) => new(code, "POST", "/v1/flows/x/y/retry", new[] { new CeligoApiError("c", "m", null) });

    [Theory]
    [InlineData(429, true)]
    [InlineData(500, false)]
    [InlineData(502, false)]
    [InlineData(503, false)]
    [InlineData(408, false)]
    [InlineData(400, false)]
    public void StartingPost_IsRetriedOnlyWhenTheServerCertainlyDidNotAct(int status, bool retried) =>
        Assert.Equal(retried, RetryDecision.ShouldRetry(Status(status), RetryMode.OnlyIfNotActed));

    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(408, true)]
    [InlineData(404, false)]
    [InlineData(401, false)]
    [InlineData(422, false)]
    public void IdempotentRequest_IsRetriedOnTransientStatuses(int status, bool retried) =>
        Assert.Equal(retried, RetryDecision.ShouldRetry(Status(status), RetryMode.Idempotent));

    [Fact]
    public void ConnectionRefused_IsRetriedEvenForAStartingPost()
    {
        var refused = new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));
        Assert.True(RetryDecision.ShouldRetry(refused, RetryMode.OnlyIfNotActed));
    }

    [Fact]
    public void ResetOrTimeout_IsNotRetriedForAStartingPost_ButIsForAGet()
    {
        var reset = new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset));
        Assert.False(RetryDecision.ShouldRetry(reset, RetryMode.OnlyIfNotActed));
        Assert.True(RetryDecision.ShouldRetry(reset, RetryMode.Idempotent));
        Assert.False(RetryDecision.ShouldRetry(new TimeoutRejectedException(), RetryMode.OnlyIfNotActed));
        Assert.True(RetryDecision.ShouldRetry(new TimeoutRejectedException(), RetryMode.Idempotent));
    }
}
