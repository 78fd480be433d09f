using CeligoPS.Emulator;
using CeligoPS.Client;
using CeligoPS.Client.Http;
using Xunit;

namespace CeligoPS.Tests.Client;

public sealed class TransportTests
{
    [Fact]
    public void PagingLinks_ToAnotherHost_AreRefused_SoTheTokenStaysHome()
    {
        using var transport = new ApiTransport(new Uri("https://api.integrator.io/"), new SecretToken("0123456789abcdef"), new CeligoClientOptions());
        var e = Assert.Throws<InvalidOperationException>(() => transport.Resolve("https://evil.example.com/v1/flows?after=1"));
        Assert.Contains("evil.example.com", e.Message);
        Assert.Equal("https://api.integrator.io/v1/flows?after=1", transport.Resolve("https://api.integrator.io/v1/flows?after=1").ToString());
    }

    [Theory]
    [InlineData("https://api.integrator.io", "/v1/jobs", "https://api.integrator.io/v1/jobs")]
    [InlineData("https://api.integrator.io/v1", "/v1/jobs", "https://api.integrator.io/v1/jobs")]
    [InlineData("https://proxy.example.com/celigo/", "/v1/jobs?a=1", "https://proxy.example.com/celigo/v1/jobs?a=1")]
    public void Paths_AreResolvedAgainstTheBaseUri(string baseUri, string path, string expected)
    {
        using var transport = new ApiTransport(CeligoClient.NormalizeBaseUri(new Uri(baseUri)), new SecretToken("0123456789abcdef"), new CeligoClientOptions());
        Assert.Equal(expected, transport.Resolve(path).ToString());
    }

    [Theory]
    // On Linux a leading slash makes Uri.TryCreate(Absolute) see a file URL: messages must still name the path alone.
    [InlineData("/v1/jobs?_flowId=abc&createdAt_lte=2026-11-23T08%3A20%3A03.000Z", "/v1/jobs")]
    [InlineData("v1/flows/abc/errors", "v1/flows/abc/errors")]
    [InlineData("https://api.integrator.io/v1/flows/abc/errors?pageToken=x", "/v1/flows/abc/errors")]
    public void RequestPath_ForMessages_IsThePathWithoutItsQuery(string pathAndQuery, string expected) =>
        Assert.Equal(expected, ApiRequest.Get(pathAndQuery).Path);

    [Fact]
    public void SessionsOfOneToken_ShareTheAccountsBucket_OtherTokensDoNot()
    {
        var options = new CeligoClientOptions();
        var api = new Uri("https://api.integrator.io/");
        var first = AccountRateLimiters.For(api, new SecretToken("token-of-account-a-1234"), options);
        Assert.Same(first, AccountRateLimiters.For(new Uri("https://API.Integrator.IO/v1/"), new SecretToken("token-of-account-a-1234"), options));
        Assert.NotSame(first, AccountRateLimiters.For(api, new SecretToken("token-of-account-b-5678"), options));
        Assert.Same(AccountRateLimiters.For(new Uri("http://localhost:5099/"), new SecretToken("token-of-account-a-1234"), options),
            AccountRateLimiters.For(new Uri("http://[::1]:5099/"), new SecretToken("token-of-account-a-1234"), options));
    }

    [Fact]
    public async Task TwoSpellingsOfOneHost_ForOneToken_DrawFromOneBucket()
    {
        // A token of its own, so no other test's sessions share this account's limiter.
        var token = "spellings-token-" + Guid.NewGuid().ToString("N");
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = token });
        var options = new CeligoClientOptions { MaxConcurrency = 16 };
        using var byName = new CeligoClient(new Uri($"http://localhost:{emulator.BaseUri.Port}/"), new SecretToken(token), options);
        using var byAddress = new CeligoClient(emulator.BaseUri, new SecretToken(token), options);

        // Together well past the account's burst of 1000: two buckets would let 2 x 1000 through at once.
        var calls = Enumerable.Range(0, 750).SelectMany(_ => new[] { byName, byAddress }).Select(c => c.GetTokenInfoAsync(CancellationToken.None));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(calls);

        // One bucket between them: two would let about 2 x 1000 through at once (195 x 429 were seen).
        // A stray 429 remains possible at 16 requests in flight (the client's bucket refills in steps,
        // 30 below the API's continuous one) and is retried after its Retry-After.
        Assert.True(emulator.Counters.TooManyRequests <= 3, $"{emulator.Counters.TooManyRequests} x 429 of {emulator.Counters.Total} in {watch.ElapsedMilliseconds} ms");
        Assert.Same(AccountRateLimiters.For(new Uri($"http://localhost:{emulator.BaseUri.Port}/"), new SecretToken(token), options),
            AccountRateLimiters.For(emulator.BaseUri, new SecretToken(token), options));
    }

    [Fact]
    public void SecretToken_NeverShowsItsValue()
    {
        var token = new SecretToken("super-secret-token-value-1234");
        Assert.DoesNotContain("super-secret", token.ToString());
        Assert.Equal("********1234", token.Masked);
        Assert.Equal("before ********1234 after", token.Scrub("before super-secret-token-value-1234 after"));
    }

    [Theory]
    [InlineData("cut at the end: super-secret-tok", "cut at the end: ********1234")]
    [InlineData("cut at the start: n-value-1234 end", "cut at the start: ********1234 end")]
    [InlineData("upper: SUPER-SECRET-TOKEN-VALUE-1234.", "upper: ********1234.")]
    [InlineData("base64: c3VwZXItc2VjcmV0LXRva2VuLXZhbHVlLTEyMzQ= end", "base64: ********1234 end")]
    [InlineData("url-safe, no padding: c3VwZXItc2VjcmV0LXRva2VuLXZhbHVlLTEyMzQ end", "url-safe, no padding: ********1234 end")]
    [InlineData("seven is not enough: super-s", "seven is not enough: super-s")]
    [InlineData("nothing here", "nothing here")]
    public void SecretToken_MasksItsValue_CutInAnyCaseOrEncoded(string text, string expected)
    {
        var token = new SecretToken("super-secret-token-value-1234");
        Assert.Equal(expected, token.Scrub(text));
    }
}
