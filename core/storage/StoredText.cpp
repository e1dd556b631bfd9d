#include "storage/StoredText.h"

#include "storage/DocumentError.h"

void StoredText::requireFits(TextField field, const QString &text)
{
    if (!TextLimits::fits(field, text))
        throw DocumentError(TextLimits::tooLong(field, text.size()));
}
