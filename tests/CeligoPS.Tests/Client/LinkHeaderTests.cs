using CeligoPS.Client.Paging;
using Xunit;

namespace CeligoPS.Tests.Client;

public sealed class LinkHeaderTests
{
    [Theory]
    [InlineData("<https://api.integrator.io/v1/flows?after=abc>; rel=\"next\"", "https://api.integrator.io/v1/flows?after=abc")]
    [InlineData("<https://x/v1/a?skip=0>; rel=\"prev\", <https://x/v1/a?skip=200&limit=100>; rel=\"next\"", "https://x/v1/a?skip=200&limit=100")]
    [InlineData("</v1/connections?after=q,r>; rel=next", "/v1/connections?after=q,r")]
    [InlineData("<https://x/v1/a?p=2>; title=\"a; b\"; rel=\"last next\"", "https://x/v1/a?p=2")]
    public void Next_FindsTheNextLink(string header, string expected) => Assert.Equal(expected, LinkHeader.Next(header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<https://x/v1/a?skip=0>; rel=\"prev\"")]
    [InlineData("garbage")]
    public void Next_IsNullWithoutANextLink(string? header) => Assert.Null(LinkHeader.Next(header));
}
