using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>Export-CeligoTemplate when the download breaks: the earlier backup and the user's files stay as they were.</summary>
public sealed class TemplateExportTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("celigops-template-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task ADownloadThatBreaks_WithForce_LeavesTheEarlierBackupAndTheUsersOwnPartialFile()
    {
        await using var c = await Connected.StartAsync();
        var file = Path.Combine(_work.FullName, "backup.zip");
        File.WriteAllText(file, "the earlier backup");
        File.WriteAllText(file + ".partial", "a file of the user's");
        c.Emulator.Faults.Add(new FaultRule { PathPrefix = "/emulator/files/", Kind = FaultKind.ResetMidBody, Times = -1 });
        c.Host.SetVariable("file", file);

        var result = c.Run(string.Join("\n",
            "Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken -MaximumRetryCount 1 -RetryInterval 0.05",
            $"Export-CeligoTemplate -IntegrationId {SeedIds.ShopifyIntegration} -Path $file -Force"));

        Assert.NotEmpty(result.AllErrors);
        Assert.Empty(result.Output);
        Assert.Equal("the earlier backup", File.ReadAllText(file));
        Assert.Equal("a file of the user's", File.ReadAllText(file + ".partial"));
        Assert.Equal(2, _work.GetFiles("*", SearchOption.AllDirectories).Length);
    }
}
