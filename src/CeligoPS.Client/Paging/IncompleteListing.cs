using System;
using System.Text.Json;
using System.Threading.Tasks;
using CeligoPS.Client.Http;

namespace CeligoPS.Client.Paging
{
    /// <summary>
    /// Reads a page after the first: when it fails for good (retries spent), the failure is told as an
    /// incomplete listing, so the user knows the objects already written are not all there are.
    /// </summary>
    internal static class IncompleteListing
    {
        public static async Task<T> Guard<T>(int delivered, Func<Task<T>> readPage, Func<string> notListed)
        {
            if (delivered == 0)
            {
                return await readPage().ConfigureAwait(false);
            }
            try
            {
                return await readPage().ConfigureAwait(false);
            }
            catch (Exception e) when (e is CeligoApiException || e is CeligoTransportException || e is JsonException)
            {
                throw new CeligoIncompleteListingException(delivered, notListed(), e);
            }
        }
    }
}
