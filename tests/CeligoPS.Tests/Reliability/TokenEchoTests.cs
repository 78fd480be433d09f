using System.Management.Automation;
using System.Text;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Reliability;

/// <summary>
/// A server that echoes the token it was sent, at connect and after: in a JSON message, in a text
/// body over 300 characters with the token across the cut, lower-cased and base64-encoded. No
/// stream, no error record, not $Error, Get-Error or a transcript may show any 8 characters of it,
/// and each error keeps what it is (a 401 stays an AuthenticationError with its advice).
/// </summary>
public sealed class TokenEchoTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("celigops-echo-");

    public void Dispose() => _work.Delete(recursive: true);

    public static TheoryData<TokenEcho, int> Echoes => new()
    {
        { TokenEcho.Json, 401 },
        { TokenEcho.LongText, 500 },
        { TokenEcho.LowerCase, 401 },
        { TokenEcho.Base64, 502 },
    };

    [Theory]
    [MemberData(nameof(Echoes))]
    public async Task AnEchoedToken_IsNowhere_AndTheErrorKeepsItsKind(TokenEcho echo, int status)
    {
        await using var c = await Connected.StartAsync();
        var transcript = Path.Combine(_work.FullName, "transcript.txt");
        c.Host.SetVariable("transcript", transcript);
        // A session with a short retry budget first; then a connect meets the echo on its token check,
        // and a listing meets it with every retry.
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/tokenInfo", Kind = FaultKind.EchoToken, Echo = echo, StatusCode = status, Times = -1, SkipFirst = 1 });
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/flows", Kind = FaultKind.EchoToken, Echo = echo, StatusCode = status, Times = -1 });

        var result = c.Run(string.Join("\n",
            "Start-Transcript -LiteralPath $transcript | Out-Null",
            "try {",
            "  $budget = @{ MaximumRetryCount = 2; RetryInterval = 0.05 }",
            "  Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken @budget",
            "  try { Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken @budget -Verbose -ErrorAction Stop } catch { $connectError = $_ }",
            "  Get-CeligoFlow -Verbose -Debug",
            "  $Error | ForEach-Object { $_ | Format-List * -Force | Out-String -Width 200 }",
            "  $Error | ForEach-Object { $_.Exception.ToString(); $_.ErrorDetails.Message; $_.ErrorDetails.RecommendedAction }",
            "  Get-Error -Newest 5 | Out-String -Width 200",
            "} finally { Stop-Transcript | Out-Null }",
            "$connectError"), verbose: true, debug: true);

        var errors = result.AllErrors.Concat(result.Output.Select(o => o?.BaseObject).OfType<ErrorRecord>()).ToList();
        Assert.NotEmpty(errors);
        var seen = new StringBuilder(result.AllText)
            .AppendLine(string.Join("\n", result.Output.Select(o => o?.ToString())))
            .AppendLine(File.ReadAllText(transcript));
        foreach (var record in errors)
        {
            seen.AppendLine(record.ToString()).AppendLine(record.Exception.ToString()).AppendLine(record.ErrorDetails?.Message)
                .AppendLine(record.ErrorDetails?.RecommendedAction).AppendLine(record.TargetObject?.ToString());
        }
        var text = seen.ToString();
        // The server's message did come through, with the token masked (the long text is cut at 300 characters).
        Assert.Contains(echo == TokenEcho.LongText ? new string('x', 40) : "rejected by the gateway", text);
        Assert.Contains("********", text);
        AssertShowsNoPieceOfTheToken(text);

        // The errors are still what they were: status, category, id and advice.
        var connect = errors.First(e => e.InvocationInfo?.MyCommand?.Name == "Connect-Celigo");
        Assert.Equal(status == 401 ? ErrorCategory.AuthenticationError : ErrorCategory.ResourceUnavailable, connect.CategoryInfo.Category);
        // The module's own CeligoApiException (its types live in the module's load context).
        Assert.Equal("CeligoPS.Client.CeligoApiException", connect.Exception.GetType().FullName);
        Assert.Equal(status, (int)PSObject.AsPSObject(connect.Exception).Properties["StatusCode"].Value);
        if (status == 401)
        {
            Assert.Contains("Connect-Celigo", connect.ErrorDetails.RecommendedAction);
        }
    }

    private static void AssertShowsNoPieceOfTheToken(string text)
    {
        var token = Connected.Token;
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(token));
        for (var i = 0; i + 8 <= token.Length; i++)
        {
            var piece = token.Substring(i, 8);
            Assert.False(text.Contains(piece, StringComparison.OrdinalIgnoreCase), $"'{piece}' of the token is shown");
        }
        for (var i = 0; i + 8 <= base64.Length; i++)
        {
            var piece = base64.Substring(i, 8);
            Assert.False(text.Contains(piece, StringComparison.Ordinal), $"'{piece}' of the token's base64 is shown");
        }
    }
}
