-- The SROI forecast (an analysis in the socialvalue module, by id) attached to an exercise's specification,
-- and the outcomes and indicators an award is for.
ALTER TABLE commissioning.exercise ADD COLUMN sroi_analysis UUID;
ALTER TABLE commissioning.award ADD COLUMN outcomes JSONB NOT NULL DEFAULT '[]'::jsonb;
