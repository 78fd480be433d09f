using System.Collections.Generic;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Users
{
    /// <summary>Lists the users with access to the account or to an integration, or gets access records by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoUser", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CeligoUser))]
    public sealed class GetCeligoUserCommand : GetIntegrationResourceCommand<CeligoUser>
    {
        internal override ResourceCollection<CeligoUser> Collection => ResourceCollection<CeligoUser>.Users;

        internal override IEnumerable<string?> NamesOf(CeligoUser item) => new[] { item.Email, item.Name };
    }
}
