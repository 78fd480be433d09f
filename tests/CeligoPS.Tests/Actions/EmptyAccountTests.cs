using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>The emulator's empty account (--empty): the seeded connections' names, other ids and secrets, nothing else.</summary>
public sealed class EmptyAccountTests
{
    [Fact]
    public async Task AnEmptyAccount_HoldsTheSameConnectionsByName_UnderOtherIdsAndSecrets_AndNothingElse()
    {
        await using var seeded = await EmulatorServer.StartAsync(new EmulatorOptions { Token = "t" });
        await using var c = await Connected.StartAsync(o => o.Empty = true);

        var empty = c.Emulator.State;
        var full = seeded.State;
        Assert.Equal(full.All("connections").Select(d => (string)d["name"]!).Order(), empty.All("connections").Select(d => (string)d["name"]!).Order());
        Assert.Empty(empty.ConnectionIds.Intersect(full.ConnectionIds));
        string Secret(AccountState s) => (string)s.All("connections").Single(d => (string)d["name"]! == "SFTP - Warehouse")["ftp"]!["password"]!;
        Assert.NotEqual(Secret(full), Secret(empty));
        foreach (var collection in new[] { "integrations", "flows", "exports", "imports", "scripts", "lookupcaches", "jobs" })
            Assert.Empty(empty.All(collection));

        var listed = c.Run("@(Get-CeligoIntegration).Count; @(Get-CeligoConnection).Count");
        listed.ShouldSucceed();
        Assert.Equal(new object[] { 0, 6 }, listed.Output.Select(o => o.BaseObject));
        Assert.True(EmulatorArguments.Parse(["--empty"])!.Empty);
    }
}
