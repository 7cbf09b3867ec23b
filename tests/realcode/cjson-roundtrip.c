/*
 * Real third-party code through minrt: cJSON (Debian's cjson source,
 * unmodified) parses a document, changes it and prints it back.
 * Built by tests/realcode/run.sh, never committed; the expected output is
 * cjson-roundtrip.expected.
 */
#include <stdlib.h>
#include "cJSON.h"
#include "minrt.h"

int main(void)
{
	cJSON *doc = cJSON_Parse("{\"name\": \"minrt\", \"sizes\": [198, 496, 988], "
	                         "\"ratio\": 0.25, \"ok\": true, \"nested\": {\"a\": null}}");
	char *text;

	if (!doc)
		return 1;
	cJSON_AddNumberToObject(doc, "added", -12.5);
	cJSON_ReplaceItemInObject(doc, "ok", cJSON_CreateFalse());
	text = cJSON_PrintUnformatted(doc);
	minrt_puts(1, text);
	minrt_puts(1, "\n");
	free(text);
	cJSON_Delete(doc);
	return 0;
}
