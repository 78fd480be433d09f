using CeligoPS.Client.Api;
using Xunit;

namespace CeligoPS.Tests.Client;

/// <summary>What varies from record to record leaves an error message; what names the problem stays.</summary>
public sealed class MessagePatternTests
{
    [Theory]
    [InlineData("Invalid item reference key 8841 for subsidiary 3.", "Invalid item reference key <n> for subsidiary <n>.")]
    [InlineData("duplicate value found: External_Id__c duplicates value on record with id: 0015e00000AbCdE", "duplicate value found: External_Id__c duplicates value on record with id: <id>")]
    [InlineData("No matching record found for lookup on email customer42@example.com", "No matching record found for lookup on email <email>")]
    [InlineData("connect ETIMEDOUT 151.101.1.140:443", "connect ETIMEDOUT <ip>")]
    [InlineData("GET https://shop.example.com/orders/123.json failed", "GET <url> failed")]
    [InlineData("Order 5e1a0c9d2b3f4a6e8d7c0101 changed at 2026-12-01T10:00:00.000Z", "Order <id> changed at <time>")]
    [InlineData("Job 3f2504e0-4f89-11d3-9a0c-0305e82c3301 failed", "Job <id> failed")]
    [InlineData("Mapping failed: field 'line_items[0].quantity' must be a number", "Mapping failed: field 'line_items[<n>].quantity' must be a number")]
    [InlineData("Record SKU-00123 not found", "Record SKU-<n> not found")]
    [InlineData("Field 'email' is  required", "Field 'email' is required")]
    [InlineData("Cannot read properties of undefined (reading 'sku')", "Cannot read properties of undefined (reading 'sku')")]
    [InlineData("", "")]
    public void APattern_KeepsTheProblem_AndDropsWhatVaries(string message, string pattern) =>
        Assert.Equal(pattern, MessagePattern.Of(message));

    [Fact]
    public void FieldNamesThatDiffer_AreTwoPatterns() =>
        Assert.NotEqual(MessagePattern.Of("Field 'email' is required"), MessagePattern.Of("Field 'phone' is required"));
}
