-- The last day each inspection file covers. A revisit or inspection due after it may have happened without being in
-- the file, so the API calls it "not in the published data" rather than overdue (DESIGN.md, Inspection and WSOA).
ALTER TABLE inspection_source ADD COLUMN published_to DATE NULL;

-- Ofsted's 2016-framework statistics cover inspections and revisits from 1 May 2016 to 31 August 2022, as its title says.
UPDATE inspection_source SET published_to = '2022-08-31' WHERE id = 'ofsted-area-send-2016-2022';

-- The 2023-framework files state no end date: each covers reports to its last one, read from the loaded rows.
UPDATE inspection_source
SET published_to = (SELECT MAX(i.publication_date) FROM inspection i WHERE i.source_id = inspection_source.id)
WHERE id IN ('ofsted-area-send-mi-2023', 'd2i-area-send-scrape-2023-2025');
