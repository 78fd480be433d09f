namespace CeligoPS.Emulator.Http;

/// <summary>
/// The answer to a write whose body Celigo does not document: resolve, assign, tags, retry and
/// lookup-cache data deletes (celigo-api.md §9). The API answers other writes with text (OK, Created
/// on state, §4.11), so by default these answer 200 <c>text/plain</c> "OK";
/// <see cref="EmulatorOptions.WriteAnswersAreText"/> false gives 204 with no body.
/// </summary>
internal static class WriteAnswer
{
    public static ApiResponse Done(EmulatorContext emu) =>
        emu.Options.WriteAnswersAreText ? ApiResponse.Text("OK") : ApiResponse.NoContent();
}
