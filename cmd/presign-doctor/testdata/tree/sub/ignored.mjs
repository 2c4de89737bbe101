const url = await getSignedUrl(s3, cmd, { expiresIn: 60 * 60 * 24 * 30 });
