namespace Seedance.Conformance.Tests;

/// <summary>A WireMock root directory used by both the replay host and (when available) real WireMock.</summary>
internal static class SampleRoot
{
    public static string Create()
    {
        var root = TestSupport.TempRoot();
        Directory.CreateDirectory(Path.Combine(root, "mappings", "cometapi"));
        Directory.CreateDirectory(Path.Combine(root, "__files", "bodies"));
        File.WriteAllText(Path.Combine(root, "__files", "bodies", "task-succeeded.json"), """{"id":"t1","status":"succeeded"}""");
        File.WriteAllText(Path.Combine(root, "mappings", "cometapi", "tasks.json"), """
            {
              "mappings": [
                {
                  "name": "get task: queued",
                  "scenarioName": "task-t1",
                  "requiredScenarioState": "Started",
                  "newScenarioState": "succeeded",
                  "request": { "method": "GET", "urlPath": "/v1/tasks/t1" },
                  "response": { "status": 200, "headers": { "Content-Type": "application/json" }, "jsonBody": { "id": "t1", "status": "queued" } },
                  "metadata": { "expect": { "status": "queued" } }
                },
                {
                  "name": "get task: succeeded",
                  "scenarioName": "task-t1",
                  "requiredScenarioState": "succeeded",
                  "request": { "method": "GET", "urlPath": "/v1/tasks/t1" },
                  "response": { "status": 200, "headers": { "Content-Type": "application/json" }, "bodyFileName": "bodies/task-succeeded.json" }
                }
              ]
            }
            """);
        File.WriteAllText(Path.Combine(root, "mappings", "create.json"), """
            {
              "id": "8c5db8b0-2f4e-4c43-9d4b-3b7f1b1a0001",
              "name": "create video",
              "priority": 1,
              "request": {
                "method": "POST",
                "urlPath": "/v1/videos",
                "headers": { "Authorization": { "matches": "Bearer .+" } },
                "bodyPatterns": [
                  { "matchesJsonPath": "$.content[?(@.type == 'text')]" },
                  { "equalToJson": { "model": "seedance-1-0-pro", "content": [ { "type": "text", "text": "a cat" } ] }, "ignoreExtraElements": true }
                ]
              },
              "response": { "status": 201, "headers": { "Content-Type": "application/json", "X-Request-Id": "req-1" }, "body": "{\"id\":\"t1\"}" }
            }
            """);
        File.WriteAllText(Path.Combine(root, "mappings", "upload.json"), """
            {
              "name": "upload",
              "request": {
                "method": "POST",
                "urlPath": "/v1/uploads",
                "multipartPatterns": [
                  { "matchingType": "ANY", "headers": { "Content-Disposition": { "contains": "name=\"purpose\"" } }, "bodyPatterns": [ { "equalTo": "reference" } ] },
                  { "matchingType": "ANY", "headers": { "Content-Disposition": { "contains": "filename=\"frame.png\"" }, "Content-Type": { "equalTo": "image/png" } } }
                ]
              },
              "response": { "status": 200, "headers": { "Content-Type": "application/json" }, "base64Body": "eyJmaWxlX2lkIjoiZjEifQ==" }
            }
            """);
        return root;
    }
}
